package fr.ameguide.content;

import java.util.ArrayList;
import java.util.List;

/**
 * Every error code the reading of a typed answer can give (questionnaire/AnswerParser). Its sentence is the
 * question's own, {@code question.<id>.error.<code>}, or else the general {@code error.<code>}.
 */
public final class AnswerError {
    public static final String REQUIRED = "required";
    /** The answer is more than the earlier one its question names in {@code atMost}. */
    public static final String ABOVE = "above";
    public static final String NUMBER_INVALID = "number_invalid";
    public static final String NUMBER_RANGE = "number_range";
    public static final String AMOUNT_INVALID = "amount_invalid";
    public static final String AMOUNT_NEGATIVE = "amount_negative";
    public static final String DATE_INCOMPLETE = "date_incomplete";
    public static final String DATE_INVALID = "date_invalid";
    public static final String DATE_FUTURE = "date_future";
    public static final String DATE_TOO_OLD = "date_too_old";

    private AnswerError() {
    }

    /** The codes an answer to this question can get, by its type and limits. */
    public static List<String> possible(Question q) {
        List<String> codes = new ArrayList<>(List.of(REQUIRED));
        switch (q.type()) {
            case CHOICE -> {
            }
            case NUMBER -> codes.addAll(List.of(NUMBER_INVALID, NUMBER_RANGE));
            case AMOUNT -> codes.addAll(List.of(AMOUNT_INVALID, AMOUNT_NEGATIVE));
            case DATE -> {
                codes.addAll(List.of(DATE_INCOMPLETE, DATE_INVALID, DATE_TOO_OLD));
                if (!q.allowFuture()) {
                    codes.add(DATE_FUTURE);
                }
            }
        }
        if (q.atMost() != null) {
            codes.add(ABOVE);
        }
        return codes;
    }
}
