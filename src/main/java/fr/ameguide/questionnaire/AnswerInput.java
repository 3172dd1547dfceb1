package fr.ameguide.questionnaire;

import fr.ameguide.content.Question;

import java.time.LocalDate;
import java.util.Map;

/** What a question page sent, checked by Hibernate Validator through {@link ValidAnswer}. */
@ValidAnswer
public record AnswerInput(Question question, Map<String, String> input, LocalDate today) {
    public AnswerParser.Parsed parsed() {
        return AnswerParser.parse(question, input, today);
    }
}
