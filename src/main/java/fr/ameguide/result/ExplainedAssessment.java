package fr.ameguide.result;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

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
        String verifiedText,
        List<PersonText> people) {

    /** The same explanation with other steps (the result's steps naming the local offices). */
    public ExplainedAssessment withSteps(List<StepText> newSteps) {
        return new ExplainedAssessment(outcomeTitle, outcomeText, procedureText, reasons, notes, documents, newSteps,
                services, dates, ceilingText, verifiedText, people);
    }

    public record ReasonText(String id, boolean met, String text) {
    }

    public record DocumentText(String id, String title, String hint, List<String> alternatives,
                               @Schema(description = "Extension: the page of a fill-in model of this paper, in the reader's language.",
                                       nullable = true) String model) {
    }

    public record StepText(String id, String title, String text) {
    }

    public record ServiceText(String id, String name, String text, String url, String phone, String phoneText) {
    }

    /** One group of the household (the API's {@code people}); {@code text} is null for the applicant. */
    @Schema(name = "Person")
    public record PersonText(
            @Schema(enumeration = {"applicant", "partner", "minor_children", "other_children"}) String who,
            int count,
            @Schema(enumeration = {"AME_ELIGIBLE", "AME_ELIGIBLE_LATER", "AME_RESOURCES_TOO_HIGH", "PUMA_INSTEAD", "AME_HUMANITARIAN", "NOT_AVAILABLE_MAYOTTE"})
            String outcome,
            boolean onApplicantCard,
            @Schema(description = "Extension: what this group can do, in words.", nullable = true) String text) {
    }

    public record DateText(String id, String label, LocalDate date, String text) {
    }
}
