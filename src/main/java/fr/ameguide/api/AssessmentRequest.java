package fr.ameguide.api;

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
 */
@Schema(name = "AssessmentRequest", description = "A person's situation. Nothing of it is stored or logged.")
public record AssessmentRequest(
        @Schema(format = "date", description = "The day the application would be filed (default: today in Europe/Paris).")
        @IsoDate String asOf,
        @Schema(enumeration = {"lives_in_france", "visiting"}, required = true)
        @NotNull(message = "required") @OneOf({"lives_in_france", "visiting"}) String presence,
        @Schema(enumeration = {"metropole", "overseas", "mayotte"}, required = true)
        @NotNull(message = "required") @OneOf({"metropole", "overseas", "mayotte"}) String territory,
        @Schema(enumeration = {"no_permit", "permit_pending", "asylum_seeker", "valid_permit", "eu_no_right_of_residence", "french"}, required = true)
        @NotNull(message = "required")
        @OneOf({"no_permit", "permit_pending", "asylum_seeker", "valid_permit", "eu_no_right_of_residence", "french"}) String status,
        @Schema(minimum = "0", maximum = "120", required = true)
        @NotNull(message = "required") @Min(value = 0, message = "out_of_range") @Max(value = 120, message = "out_of_range") Integer age,
        @Schema(format = "date", description = "Required when presence is lives_in_france and age is 18 or more.")
        @IsoDate String arrivalDate,
        @Schema(format = "date") @IsoDate String regularStayEndDate,
        Boolean joiningAmeHolder,
        Boolean partner,
        @Schema(minimum = "0", maximum = "20")
        @Min(value = 0, message = "out_of_range") @Max(value = 20, message = "out_of_range") Integer children,
        @Schema(minimum = "0", required = true)
        @NotNull(message = "required") @DecimalMin(value = "0", message = "out_of_range")
        @DecimalMax(value = "100000000", message = "out_of_range")
        @Digits(integer = 9, fraction = 2, message = "out_of_range") BigDecimal householdResources,
        Boolean hostedFree,
        @Schema(enumeration = {"own_home", "hosted", "shelter", "hotel", "no_fixed_address"}, required = true)
        @NotNull(message = "required") @OneOf({"own_home", "hosted", "shelter", "hotel", "no_fixed_address"}) String housing,
        @Schema(enumeration = {"passport", "id_card", "other", "none"}, required = true)
        @NotNull(message = "required") @OneOf({"passport", "id_card", "other", "none"}) String identityDocument,
        Boolean urgentCare,
        @Schema(enumeration = {"never", "active", "expired", "refused", "pending"}, required = true)
        @NotNull(message = "required") @OneOf({"never", "active", "expired", "refused", "pending"}) String ame,
        @Schema(format = "date", description = "Required unless ame is never.")
        @IsoDate String ameDate) {
}
