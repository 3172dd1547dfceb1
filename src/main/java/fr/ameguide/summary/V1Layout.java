package fr.ameguide.summary;

import fr.ameguide.content.QuestionType;
import fr.ameguide.summary.ResultLink.Sealed;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Version 1 tokens (summaries printed before version 2) sealed each choice as its position in the option
 * list. They still open, read through this frozen copy of the version 1 layout (the questionnaire as it was
 * when they were made), so that the position they carry keeps its meaning whatever the questionnaire
 * becomes. They expire as version 2 links do, so the last of them expires 14 months after version 2 is
 * deployed, and this class can go then.
 */
final class V1Layout {
    private V1Layout() {
    }

    /** One field of the version 1 layout: its place in the token was its place in this list. */
    record Field(String field, QuestionType type, List<String> options) {
    }

    /** The version 1 layout, frozen: the first question of each field, in questionnaire order, as of v1. */
    static final List<Field> FIELDS = List.of(
            new Field("presence", QuestionType.CHOICE, List.of("lives_in_france", "visiting")),
            new Field("territory", QuestionType.CHOICE, List.of("metropole", "overseas", "mayotte")),
            new Field("status", QuestionType.CHOICE,
                    List.of("no_permit", "eu_no_right_of_residence", "permit_pending", "asylum_seeker", "valid_permit", "french")),
            new Field("age", QuestionType.NUMBER, List.of()),
            new Field("arrivalDate", QuestionType.DATE, List.of()),
            new Field("hadRegularStay", QuestionType.CHOICE, List.of("yes", "no", "dont_know")),
            new Field("regularStayEndDate", QuestionType.DATE, List.of()),
            new Field("joiningAmeHolder", QuestionType.CHOICE, List.of("yes", "no")),
            new Field("partner", QuestionType.CHOICE, List.of("yes", "no")),
            new Field("children", QuestionType.NUMBER, List.of()),
            new Field("householdResources", QuestionType.AMOUNT, List.of()),
            new Field("housing", QuestionType.CHOICE, List.of("own_home", "hosted", "shelter", "hotel", "no_fixed_address")),
            new Field("hostedFree", QuestionType.CHOICE, List.of("yes", "no", "dont_know")),
            new Field("identityDocument", QuestionType.CHOICE, List.of("passport", "id_card", "other", "none")),
            new Field("urgentCare", QuestionType.CHOICE, List.of("yes", "no")),
            new Field("ame", QuestionType.CHOICE, List.of("never", "active", "expired", "refused", "pending")),
            new Field("ameDate", QuestionType.DATE, List.of()));

    static Optional<Sealed> read(String plain) {
        String[] parts = plain.split("\\|", -1);
        if (parts.length != FIELDS.size() + 2 || !"1".equals(parts[0])) {
            return Optional.empty();
        }
        Optional<LocalDate> asOf = AnswerCodes.day(parts[1]);
        if (asOf.isEmpty()) {
            return Optional.empty();
        }
        Map<String, String> answers = new LinkedHashMap<>();
        for (int i = 0; i < FIELDS.size(); i++) {
            String v = parts[i + 2];
            if (v.isEmpty()) {
                continue;
            }
            Field f = FIELDS.get(i);
            Optional<String> value;
            if (f.type() == QuestionType.CHOICE) {
                int position = v.matches("[0-9a-z]{1,2}") ? Integer.parseInt(v, 36) : -1;
                value = position >= 0 && position < f.options().size() ? Optional.of(f.options().get(position)) : Optional.empty();
            } else {
                value = AnswerCodes.value(f.type(), v, Map.of());
            }
            if (value.isEmpty()) {
                return Optional.empty();
            }
            answers.put(f.field(), value.get());
        }
        return Optional.of(new Sealed(answers, asOf.get()));
    }
}
