package fr.ameguide.eligibility;

/** Durations and ages set by law, in force from a date (see content/parameters/durations.yaml). */
public record Durations(
        int irregularStayMonths,
        int decisionMonths,
        int appealMonths,
        int renewalWindowMonths,
        int lapseToleranceMonths,
        int coverMonths,
        int careBeforeFilingDays,
        int adultAge,
        int photoAge,
        int euRightOfResidenceMonths,
        int visaFreeStayDays,
        int coverAfterStatusEndsMonths) {
}
