package fr.ameguide.questionnaire;

import java.util.List;

/**
 * One question page, ready to render: texts are plain (the template marks French words), values are
 * what the person entered, so that a page with an error shows their answer back. Every form posts to
 * {@code action} (one address for the whole questionnaire); {@code slug} names the question in the
 * body, {@code back} the page the Back button shows (null: the home page); {@code stored} is the answer
 * already given to this question, which Back and the language buttons carry on with the others.
 */
public record QuestionView(
        String id,
        String field,
        String type,
        String title,
        String hint,
        String suffix,
        List<Option> options,
        String value,
        String day,
        String month,
        String year,
        String unknownDayHint,
        String error,
        String errorTarget,
        String progress,
        String action,
        String slug,
        String back,
        String stored,
        boolean review) {

    public record Option(String value, String label, String hint, boolean checked, String inputId) {
    }

    public boolean choice() {
        return "choice".equals(type);
    }

    public boolean date() {
        return "date".equals(type);
    }

    public boolean numeric() {
        return "number".equals(type) || "amount".equals(type);
    }

    public String inputMode() {
        return "amount".equals(type) ? "decimal" : "numeric";
    }

    public String describedBy() {
        StringBuilder s = new StringBuilder();
        if (hint != null) {
            s.append(field).append("-hint");
        }
        if (unknownDayHint != null) {
            s.append(s.isEmpty() ? "" : " ").append(field).append("-unknown-day");
        }
        if (error != null) {
            s.append(s.isEmpty() ? "" : " ").append(field).append("-error");
        }
        return s.isEmpty() ? null : s.toString();
    }
}
