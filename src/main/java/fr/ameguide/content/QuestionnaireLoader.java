package fr.ameguide.content;

import fr.ameguide.content.Files.*;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static fr.ameguide.content.Files.orEmpty;

/**
 * The questions of content/questionnaire.yaml and where each answer leads, checked so that no route ends
 * at a question that does not exist and every question has a way on.
 */
final class QuestionnaireLoader {
    private final YamlReader read;
    private final List<String> problems;

    QuestionnaireLoader(YamlReader read, List<String> problems) {
        this.read = read;
        this.problems = problems;
    }

    Questionnaire load() {
        return questionnaire(read.read("content/questionnaire.yaml", QuestionnaireFile.class));
    }

    private Questionnaire questionnaire(QuestionnaireFile file) {
        List<Question> questions = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        file.questions().forEach(q -> ids.add(q.id()));
        for (QuestionRow q : file.questions()) {
            String where = "content/questionnaire.yaml " + q.id();
            QuestionType type;
            try {
                type = QuestionType.valueOf(q.type().toUpperCase());
            } catch (RuntimeException e) {
                problems.add(where + ": unknown type " + q.type());
                continue;
            }
            if (type == QuestionType.CHOICE && orEmpty(q.options()).isEmpty()) {
                problems.add(where + ": a choice needs options");
            }
            List<Question.Route> routes = new ArrayList<>();
            for (NextRow next : orEmpty(q.next())) {
                if (!ids.contains(next.target()) && !Questionnaire.CHECK_ANSWERS.equals(next.target())) {
                    problems.add(where + ": goes to unknown question " + next.target());
                }
                Map<String, List<String>> conditions = new LinkedHashMap<>();
                if (next.condition() != null) {
                    next.condition().forEach((k, v) -> conditions.put(k, v instanceof Collection<?> c
                            ? c.stream().map(String::valueOf).toList() : List.of(String.valueOf(v))));
                }
                routes.add(new Question.Route(conditions, next.target()));
            }
            if (routes.isEmpty() || !routes.get(routes.size() - 1).conditions().isEmpty()) {
                problems.add(where + ": the last next rule must have no condition");
            }
            questions.add(new Question(q.id(), q.field(), type, orEmpty(q.options()), q.min(), q.max(),
                    "end".equals(q.unknownDay()), q.allowFuture(), q.atMost(), List.copyOf(routes)));
        }
        QuestionnaireCheck.check(questions, problems);
        if (!ids.contains(file.start())) {
            problems.add("content/questionnaire.yaml: unknown start " + file.start());
        }
        return new Questionnaire(file.start(), questions);
    }
}
