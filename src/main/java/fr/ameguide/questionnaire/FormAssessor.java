package fr.ameguide.questionnaire;

import fr.ameguide.config.Today;
import fr.ameguide.content.Content;
import fr.ameguide.content.Question;
import fr.ameguide.eligibility.Assessment;
import fr.ameguide.eligibility.InvalidAnswers;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Assesses the questionnaire's answers as posted: for the result page, the summary, the PDF and the calendar. */
@ApplicationScoped
public class FormAssessor {
    @Inject
    Content content;
    @Inject
    Today today;

    /** An assessment with the answers it came from (only those on the path). */
    public record Assessed(Map<String, String> answers, Assessment assessment) {
    }

    public Flow flow(LocalDate on) {
        return new Flow(content.questionnaire(), content.eligibility().rules(), on);
    }

    /** Empty when the answers do not reach the end of the questionnaire (lost or forged). */
    public Optional<Assessed> assess(Map<String, String> posted, LocalDate asOf) {
        Flow flow = flow(asOf);
        Flow.Walk walk = flow.walk(answersOnly(posted));
        if (!walk.complete()) {
            return Optional.empty();
        }
        try {
            Assessment a = content.eligibility().assess(FormAnswers.toAnswers(walk.kept(), flow, asOf));
            return Optional.of(new Assessed(walk.kept(), a));
        } catch (InvalidAnswers e) {
            return Optional.empty();
        }
    }

    public Optional<Assessed> assessToday(Map<String, String> posted) {
        return assess(posted, today.date());
    }

    public Map<String, String> answersOnly(Map<String, String> input) {
        Map<String, String> answers = new HashMap<>();
        for (Question q : content.questionnaire().questions()) {
            String v = input.get(q.field());
            if (v != null) {
                answers.put(q.field(), v);
            }
        }
        return answers;
    }
}
