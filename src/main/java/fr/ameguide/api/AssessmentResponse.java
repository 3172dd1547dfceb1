package fr.ameguide.api;

import fr.ameguide.result.ExplainedAssessment.DateText;
import fr.ameguide.result.ExplainedAssessment.DocumentText;
import fr.ameguide.result.ExplainedAssessment.PersonText;
import fr.ameguide.result.ExplainedAssessment.ReasonText;
import fr.ameguide.result.ExplainedAssessment.ServiceText;
import fr.ameguide.result.ExplainedAssessment.StepText;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * The answer of the public assessment API, version 1. The first nine fields are the contract;
 * the others are extensions (the contract allows adding, never renaming).
 */
@Schema(name = "AssessmentResponse")
public record AssessmentResponse(
        @Schema(enumeration = {"AME_ELIGIBLE", "AME_ELIGIBLE_LATER", "AME_RESOURCES_TOO_HIGH", "PUMA_INSTEAD", "AME_HUMANITARIAN", "NOT_AVAILABLE_MAYOTTE"})
        String outcome,
        @Schema(enumeration = {"FIRST_APPLICATION", "RENEWAL", "NEW_APPLICATION", "APPEAL", "WAIT_FOR_DECISION", "COURT_APPEAL", "NONE"})
        String procedure,
        @Schema(format = "date", nullable = true) LocalDate rightsFrom,
        @Schema(nullable = true) Threshold threshold,
        @Schema(nullable = true, description = "Resources compared to the ceiling, in-kind housing benefit included.")
        BigDecimal countedResources,
        List<DocumentText> documents,
        List<StepText> steps,
        List<ServiceText> services,
        List<DateText> dates,
        @Schema(description = "Extension: the date assessed.") LocalDate asOf,
        @Schema(description = "Extension: the language of the texts.") String language,
        @Schema(description = "Extension: the outcome in one sentence.") String summary,
        @Schema(description = "Extension: what the outcome means.") String explanation,
        @Schema(description = "Extension: the procedure in one sentence.", nullable = true) String procedureText,
        @Schema(description = "Extension: each condition checked, met or not, in words.") List<ReasonText> reasons,
        @Schema(description = "Extension: notes on how the resources were counted.") List<String> notes,
        @Schema(description = "Extension: the in-kind housing benefit added, if any.", nullable = true) BigDecimal housingInKind,
        @Schema(description = "Extension: the day the rules were last checked against their sources.") LocalDate rulesLastVerified,
        @Schema(description = "One entry per group of the household, in this order: applicant, partner, minor_children, "
                + "other_children; each with its own outcome and whether the applicant's card covers it.")
        List<PersonText> people) {

    @Schema(name = "Threshold")
    public record Threshold(BigDecimal amount, int householdSize,
                            @Schema(enumeration = {"metropole", "overseas"}) String territory,
                            LocalDate validFrom,
                            @Schema(description = "Extension: official, secondary or unconfirmed.") String status,
                            @Schema(description = "Extension: the source's title and address.") String source) {
    }
}
