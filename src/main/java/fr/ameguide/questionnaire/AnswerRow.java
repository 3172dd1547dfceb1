package fr.ameguide.questionnaire;

/** A line of "Check your answers": the question's short label, the answer in words, where Change goes. */
public record AnswerRow(String label, String answer, String changeAction, String changeLabel) {
}
