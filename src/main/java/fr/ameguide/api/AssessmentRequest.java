package fr.ameguide.api;

import fr.ameguide.eligibility.Problem;
import fr.ameguide.eligibility.AmeHistory;
import fr.ameguide.eligibility.Housing;
import fr.ameguide.eligibility.IdentityDocument;
import fr.ameguide.eligibility.Presence;
import fr.ameguide.eligibility.ResidenceStatus;
import fr.ameguide.eligibility.Territory;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;

/**
 * The request of the public assessment API, version 1 (shared/domain/assessment-api.md).
 * Validation messages are codes; they are turned into sentences in the requested language.
 * Allowed values come from the core's enums ({@link OneOf}); the OpenAPI enumerations repeat them and a
 * test checks that they are the same.
 */
@Schema(name = "AssessmentRequest", description = "A person's situation. Nothing of it is stored or logged.")
public record AssessmentRequest(
        @Schema(format = "date", description = "The day the application would be filed (default: today in Europe/Paris).")
        @IsoDate String asOf,
        @Schema(enumeration = {"lives_in_france", "visiting"}, required = true)
        @NotNull(message = Problem.REQUIRED) @OneOf(Presence.class) String presence,
        @Schema(enumeration = {"metropole", "overseas", "mayotte"}, required = true,
                description = "overseas: Guadeloupe, Guyane, Martinique, La Réunion, Saint-Martin, Saint-Barthélemy.")
        @NotNull(message = Problem.REQUIRED) @OneOf(Territory.class) String territory,
        @Schema(enumeration = {"no_permit", "permit_pending", "asylum_seeker", "valid_permit", "eu_no_right_of_residence", "french"}, required = true)
        @NotNull(message = Problem.REQUIRED) @OneOf(ResidenceStatus.class) String status,
        @Schema(minimum = "0", maximum = "120", required = true)
        @NotNull(message = Problem.REQUIRED) @Min(value = 0, message = Problem.OUT_OF_RANGE) @Max(value = 120, message = Problem.OUT_OF_RANGE) Integer age,
        @Schema(format = "date", description = "Required when presence is lives_in_france and age is 18 or more.")
        @IsoDate String arrivalDate,
        @Schema(format = "date") @IsoDate String regularStayEndDate,
        Boolean joiningAmeHolder,
        Boolean partner,
        @Schema(minimum = "0", maximum = "20")
        @Min(value = 0, message = Problem.OUT_OF_RANGE) @Max(value = 20, message = Problem.OUT_OF_RANGE) Integer children,
        @Schema(minimum = "0", required = true)
        @NotNull(message = Problem.REQUIRED) @DecimalMin(value = "0", message = Problem.OUT_OF_RANGE)
        @DecimalMax(value = "100000000", message = Problem.OUT_OF_RANGE)
        // Cents at most: a huge scale (1e-1000000) would make the in-kind addition take minutes.
        @Digits(integer = 9, fraction = 2, message = Problem.OUT_OF_RANGE) BigDecimal householdResources,
        Boolean hostedFree,
        @Schema(enumeration = {"own_home", "hosted", "shelter", "hotel", "no_fixed_address"}, required = true)
        @NotNull(message = Problem.REQUIRED) @OneOf(Housing.class) String housing,
        @Schema(enumeration = {"passport", "id_card", "other", "none"}, required = true)
        @NotNull(message = Problem.REQUIRED) @OneOf(IdentityDocument.class) String identityDocument,
        Boolean urgentCare,
        @Schema(enumeration = {"never", "active", "expired", "refused", "pending", "appealed"}, required = true,
                description = "appealed: a recours was sent to the CPAM director; ameDate is the day it was sent.")
        @NotNull(message = Problem.REQUIRED) @OneOf(AmeHistory.class) String ame,
        @Schema(format = "date", description = "Required unless ame is never.")
        @IsoDate String ameDate,
        @Schema(minimum = "0", maximum = "20", description = "How many of the children are under 18 (at most children).")
        @Min(value = 0, message = Problem.OUT_OF_RANGE) @Max(value = 20, message = Problem.OUT_OF_RANGE) Integer minorChildren,
        @Schema(description = "The partner is French, an EU citizen with a right of residence, or holds a titre de séjour "
                + "or a pending application: not covered by the card (PUMa instead), own resources not counted.")
        Boolean partnerRegularStatus,
        @Schema(minimum = "0", description = "The partner's own share of householdResources (at most householdResources).")
        @DecimalMin(value = "0", message = Problem.OUT_OF_RANGE) @Digits(integer = 9, fraction = 2, message = Problem.OUT_OF_RANGE)
        BigDecimal partnerResources,
        @Schema(minimum = "0", description = "Maintenance or alimony paid over the same 12 months: deducted.")
        @DecimalMin(value = "0", message = Problem.OUT_OF_RANGE) @Digits(integer = 9, fraction = 2, message = Problem.OUT_OF_RANGE)
        BigDecimal alimonyPaid,
        @Schema(description = "Came without a visa because the country does not need one for a short stay: "
                + "the first 90 days are a regular stay.")
        Boolean visaExempt) {
}
