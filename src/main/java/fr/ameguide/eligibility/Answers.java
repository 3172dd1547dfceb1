package fr.ameguide.eligibility;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * What a person answered, in the vocabulary of the public API. Optional answers are null.
 * {@code asOf} is the day the application would be filed.
 */
public record Answers(
        LocalDate asOf,
        Presence presence,
        Territory territory,
        ResidenceStatus status,
        Integer age,
        LocalDate arrivalDate,
        LocalDate regularStayEndDate,
        boolean joiningAmeHolder,
        boolean partner,
        int children,
        BigDecimal householdResources,
        boolean hostedFree,
        Housing housing,
        IdentityDocument identityDocument,
        boolean urgentCare,
        AmeHistory ame,
        LocalDate ameDate) {

    public Household household() {
        return new Household(partner, children);
    }

    public AmeHistory ameOrNever() {
        return ame == null ? AmeHistory.NEVER : ame;
    }
}
