package fr.ameguide.eligibility;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * What a person answered, in the vocabulary of the public API. Optional answers are null.
 * {@code asOf} is the day the application would be filed. The additions of December 2026
 * ({@code minorChildren} to {@code visaExempt}) default to 0 / false / null, which keeps every earlier
 * answer's meaning.
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
        LocalDate ameDate,
        int minorChildren,
        boolean partnerRegularStatus,
        BigDecimal partnerResources,
        BigDecimal alimonyPaid,
        boolean visaExempt) {

    public Household household() {
        return new Household(partner, children);
    }

    public AmeHistory ameOrNever() {
        return ame == null ? AmeHistory.NEVER : ame;
    }

    /** The partner's share left out of the count: only a partner in regular status (circ. DSS/2A 2011-351). */
    BigDecimal excludedPartnerResources() {
        return partner && partnerRegularStatus && partnerResources != null ? partnerResources : BigDecimal.ZERO;
    }

    BigDecimal alimonyOrZero() {
        return alimonyPaid == null ? BigDecimal.ZERO : alimonyPaid;
    }
}
