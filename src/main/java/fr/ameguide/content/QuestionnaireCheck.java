package fr.ameguide.content;

import fr.ameguide.eligibility.Conditions;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Refuses at start a questionnaire whose routing or bounds cannot mean what they say: an {@code if:} key that
 * is neither a condition the core names nor an earlier answer, a value that answer can never take, an
 * {@code atMost} that names no earlier number or amount.
 */
final class QuestionnaireCheck {
    private QuestionnaireCheck() {
    }

    static void check(List<Question> questions, List<String> problems) {
        Map<String, Question> earlier = new HashMap<>();
        for (Question q : questions) {
            String where = "content/questionnaire.yaml " + q.id();
            if (q.atMost() != null) {
                Question bound = earlier.get(q.atMost());
                if (!isQuantity(q) || bound == null || !isQuantity(bound)) {
                    problems.add(where + ": atMost " + q.atMost() + " must name an earlier number or amount, on a number or amount");
                }
            }
            // The question's own answer is known when its routes are tried.
            earlier.putIfAbsent(q.field(), q);
            for (Question.Route route : q.next()) {
                route.conditions().forEach((key, values) -> {
                    String problem = problem(key, values, earlier);
                    if (problem != null) {
                        problems.add(where + ": if " + key + " " + problem);
                    }
                });
            }
        }
    }

    private static String problem(String key, List<String> values, Map<String, Question> earlier) {
        if (Conditions.NAMES.contains(key)) {
            return values.stream().allMatch(v -> v.equals("true") || v.equals("false")) ? null : "is true or false";
        }
        Question asked = earlier.get(key);
        if (asked == null) {
            return "is neither a condition of the core " + Conditions.NAMES + " nor an earlier answer";
        }
        for (String v : values) {
            boolean possible = switch (asked.type()) {
                case CHOICE -> asked.options().contains(v);
                case NUMBER -> v.matches("[0-9]+");
                case AMOUNT, DATE -> false;
            };
            if (!possible) {
                return "can never be " + v;
            }
        }
        return null;
    }

    private static boolean isQuantity(Question q) {
        return q.type() == QuestionType.NUMBER || q.type() == QuestionType.AMOUNT;
    }
}
