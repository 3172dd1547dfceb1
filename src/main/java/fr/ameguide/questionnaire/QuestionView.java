package fr.ameguide.questionnaire;

import java.util.List;

/**
 * One question page, ready to render: texts are plain (the template marks French words), values are
 * what the person entered, so that a page with an error shows their answer back.
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
        String backAction,
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
