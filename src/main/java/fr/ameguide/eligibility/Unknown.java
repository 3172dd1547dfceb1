package fr.ameguide.eligibility;

/**
 * An answer given as "I don't know", read by the core (never by a form) in the way that never promises too
 * much, and reported on the assessment as a {@link Fact} so that the result can say how it was read.
 */
public enum Unknown implements Code {
    /** Whether one had a visa or a permit: counted as a short-stay visa of 90 days (research F15). */
    HAD_REGULAR_STAY(Fact.UNKNOWN_HAD_VISA),
    /** Whether one's country needs a visa: counted as 90 days of visa-free stay. */
    VISA_EXEMPT(Fact.UNKNOWN_VISA_EXEMPTION),
    /** Whether the host asks for money: counted as free housing, as the CPAM would for a private host. */
    HOSTED_FREE(Fact.UNKNOWN_HOSTED_FREE);

    private final Fact fact;

    Unknown(Fact fact) {
        this.fact = fact;
    }

    public Fact fact() {
        return fact;
    }
}
