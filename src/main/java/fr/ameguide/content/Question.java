package fr.ameguide.content;

import java.util.List;
import java.util.Map;

/**
 * One question of the questionnaire: which field it sets, how it is asked, where it leads. {@code atMost}
 * names an earlier number or amount field that this answer may not exceed (or is null).
 */
public record Question(String id, String field, QuestionType type, List<String> options, Integer min, Integer max,
                       boolean unknownDayIsEnd, boolean allowFuture, String atMost, List<Route> next) {

    public Question(String id, String field, QuestionType type, List<String> options, Integer min, Integer max,
                    boolean unknownDayIsEnd, boolean allowFuture, List<Route> next) {
        this(id, field, type, options, min, max, unknownDayIsEnd, allowFuture, null, next);
    }

    public String slug() {
        return id.replace('_', '-');
    }

    /** A next-question rule: when every condition holds, go to {@code target}. */
    public record Route(Map<String, List<String>> conditions, String target) {
    }
}
