package fr.ameguide.result;

import java.time.LocalDate;
import java.util.List;

/** An assessment put into words for one language: what pages, the API and the summary show. */
public record ExplainedAssessment(
        String outcomeTitle,
        String outcomeText,
        String procedureText,
        List<ReasonText> reasons,
        List<String> notes,
        List<DocumentText> documents,
        List<StepText> steps,
        List<ServiceText> services,
        List<DateText> dates,
        String ceilingText,
        String verifiedText) {

    public record ReasonText(String id, boolean met, String text) {
    }

    public record DocumentText(String id, String title, String hint, List<String> alternatives) {
    }

    public record StepText(String id, String title, String text) {
    }

    public record ServiceText(String id, String name, String text, String url, String phone, String phoneText) {
    }

    public record DateText(String id, String label, LocalDate date, String text) {
    }
}
