package fr.ameguide.eligibility;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Set;

/**
 * What a person answered, in the vocabulary of the public API. Optional answers are null.
 * {@code asOf} is the day the application would be filed. The additions of December 2026
 * ({@code minorChildren} to {@code visaExempt}) default to 0 / false / null, which keeps every earlier
 * answer's meaning. {@code unknown} names the answers given as "I don't know" (none through the API).
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
        boolean visaExempt,
        Set<Unknown> unknown) {

    public Answers {
        unknown = unknown == null ? Set.of() : Set.copyOf(unknown);
    }

    /** Housed free of charge, as counted: answered yes, or "I don't know" ({@link Unknown#HOSTED_FREE}). */
    public boolean countedHostedFree() {
        return hostedFree || unknown.contains(Unknown.HOSTED_FREE);
    }

    /**
     * 90 days of regular stay counted from arrival: a visa-free stay, or not knowing whether one had a visa or
     * needed one. The later start, never a too early one.
     */
    public boolean countedVisaFreeStay() {
        return visaExempt || unknown.contains(Unknown.VISA_EXEMPT) || unknown.contains(Unknown.HAD_REGULAR_STAY);
    }

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
