package fr.ameguide.content;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The questions, declared in content/questionnaire.yaml. */
public final class Questionnaire {
    public static final String CHECK_ANSWERS = "check_answers";
    private final String start;
    private final Map<String, Question> byId = new LinkedHashMap<>();

    public Questionnaire(String start, List<Question> questions) {
        this.start = start;
        questions.forEach(q -> byId.put(q.id(), q));
    }

    public Question start() {
        return byId.get(start);
    }

    public Optional<Question> question(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    public Optional<Question> bySlug(String slug) {
        return question(slug.replace('-', '_'));
    }

    public List<Question> questions() {
        return List.copyOf(byId.values());
    }
}
