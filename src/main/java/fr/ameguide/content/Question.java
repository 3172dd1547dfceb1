package fr.ameguide.content;

import java.util.List;
import java.util.Map;

/** One question of the questionnaire: which field it sets, how it is asked, where it leads. */
public record Question(String id, String field, QuestionType type, List<String> options, Integer min, Integer max,
                       boolean unknownDayIsEnd, boolean allowFuture, List<Route> next) {

    public String slug() {
        return id.replace('_', '-');
    }

    /** A next-question rule: when every condition holds, go to {@code target}. */
    public record Route(Map<String, List<String>> conditions, String target) {
    }
}
