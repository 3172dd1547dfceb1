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
        int coverAfterStatusEndsMonths,
        int pumaResidenceMonths,
        int resourceMonths,
        int plannedCareWaitMonths) {

    /**
     * Each figure by its name in durations.yaml, which is also its placeholder's name in the sentences
     * ("{irregularStayMonths} mois"): a reform changes one row, never a sentence.
     */
    public java.util.Map<String, Object> byName() {
        java.util.Map<String, Object> named = new java.util.LinkedHashMap<>();
        for (java.lang.reflect.RecordComponent c : Durations.class.getRecordComponents()) {
            try {
                named.put(c.getName(), c.getAccessor().invoke(this));
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e);
            }
        }
        return named;
    }
}
