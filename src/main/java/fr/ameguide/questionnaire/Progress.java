package fr.ameguide.questionnaire;

import fr.ameguide.content.Question;
import fr.ameguide.content.Questionnaire;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * "Question n of N" that never goes backwards: N is the longest path still possible given the answers
 * known so far. A route stays possible unless an answer already given contradicts one of its
 * conditions, so each answer can only remove routes: along a path n grows by one at each step while N
 * never grows, and the share done only rises.
 */
final class Progress {
    private static final int LONGEST_PATH = 64;
    private final Questionnaire questionnaire;
    private final Set<String> fields;

    Progress(Questionnaire questionnaire) {
        this.questionnaire = questionnaire;
        this.fields = questionnaire.questions().stream().map(Question::field).collect(Collectors.toSet());
    }

    /** The position of {@code q} (1-based) among the questions answered before it, and the total. */
    int[] of(Question q, List<Question> answered, Map<String, String> known) {
        int i = answered.indexOf(q);
        int position = (i < 0 ? answered.size() : i) + 1;
        return new int[]{position, position + longestAfter(q, known, 0)};
    }

    private int longestAfter(Question q, Map<String, String> known, int depth) {
        if (depth >= LONGEST_PATH) {
            return 0;
        }
        int longest = 0;
        for (Question.Route route : q.next()) {
            if (!possible(route, known) || Questionnaire.CHECK_ANSWERS.equals(route.target())) {
                continue;
            }
            Question target = questionnaire.question(route.target()).orElse(null);
            if (target != null) {
                longest = Math.max(longest, 1 + longestAfter(target, known, depth + 1));
            }
        }
        return longest;
    }

    /** Conditions on a derived name (an age threshold, a duration) are unknown here: they stay possible. */
    private boolean possible(Question.Route route, Map<String, String> known) {
        for (Map.Entry<String, List<String>> c : route.conditions().entrySet()) {
            String value = fields.contains(c.getKey()) ? known.get(c.getKey()) : null;
            if (value != null && !c.getValue().contains(value)) {
                return false;
            }
        }
        return true;
    }
}
