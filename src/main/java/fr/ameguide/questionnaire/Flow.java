package fr.ameguide.questionnaire;

import fr.ameguide.content.Question;
import fr.ameguide.content.Questionnaire;
import fr.ameguide.eligibility.Conditions;
import fr.ameguide.eligibility.RuleBook;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Walks the questionnaire declared in content/questionnaire.yaml through a person's answers: which
 * questions are on their path, which comes next, and which answers matter. Answers off the path are
 * dropped, so they are neither sent back nor assessed.
 */
public final class Flow {
    private static final int LONGEST_PATH = 64;
    private final Questionnaire questionnaire;
    private final Conditions conditions;
    private final LocalDate today;

    public Flow(Questionnaire questionnaire, RuleBook rules, LocalDate today) {
        this.questionnaire = questionnaire;
        this.conditions = new Conditions(rules);
        this.today = today;
    }

    /**
     * @param answered the questions answered on the path, in order
     * @param next     the first question on the path not answered yet, or empty when all are
     * @param kept     the answers on the path, by field
     */
    public record Walk(List<Question> answered, Optional<Question> next, Map<String, String> kept) {
        public boolean complete() {
            return next.isEmpty();
        }

        public Optional<Question> before(Question q) {
            int i = answered.indexOf(q);
            int previous = (i < 0 ? answered.size() : i) - 1;
            return previous < 0 ? Optional.empty() : Optional.of(answered.get(previous));
        }
    }

    public Walk walk(Map<String, String> answers) {
        Map<String, String> kept = new LinkedHashMap<>();
        List<Question> answered = new ArrayList<>();
        Question q = questionnaire.start();
        for (int i = 0; i < LONGEST_PATH && q != null; i++) {
            String value = AnswerParser.stored(q, answers.get(q.field()), today);
            // An answer above the one it is bounded by (after that one was changed) is asked again.
            if (value == null || AnswerParser.above(q, value, kept)) {
                return new Walk(List.copyOf(answered), Optional.of(q), kept);
            }
            kept.put(q.field(), value);
            answered.add(q);
            q = next(q, kept).orElse(null);
        }
        return new Walk(List.copyOf(answered), Optional.empty(), kept);
    }

    /** The question after {@code q} given the answers, or empty for "check your answers". */
    public Optional<Question> next(Question q, Map<String, String> answers) {
        for (Question.Route route : q.next()) {
            if (route.conditions().entrySet().stream().allMatch(c -> holds(c.getKey(), c.getValue(), answers))) {
                return Questionnaire.CHECK_ANSWERS.equals(route.target())
                        ? Optional.empty() : questionnaire.question(route.target());
            }
        }
        return Optional.empty();
    }

    /** The questions still ahead of {@code q}, assuming unanswered questions take their default route. */
    public int remainingAfter(Question q, Map<String, String> answers) {
        int n = 0;
        Optional<Question> next = next(q, answers);
        while (next.isPresent() && n < LONGEST_PATH) {
            n++;
            next = next(next.get(), answers);
        }
        return n;
    }

    /** A condition named by the core (adult, three_months_met, ...) asks the core; any other compares an answer. */
    private boolean holds(String name, List<String> values, Map<String, String> answers) {
        if (conditions.isNamed(name)) {
            boolean held = conditions.holds(name, FormAnswers.toAnswers(answers, this, today), today);
            return values.contains(String.valueOf(held));
        }
        return answers.get(name) != null && values.contains(answers.get(name));
    }

    /** The date an answer stands for, read the way the question that asked it says. */
    public LocalDate date(String field, Map<String, String> answers) {
        String value = answers.get(field);
        if (value == null) {
            return null;
        }
        return questionnaire.questions().stream().filter(q -> q.field().equals(field)).findFirst()
                .map(q -> AnswerParser.toDate(q, value)).orElse(null);
    }
}
