package fr.ameguide.eligibility;

/**
 * What is true of an assessed situation. Content files choose documents, steps and services
 * by naming these facts, so that what to show lives in data and what is true lives here.
 */
public enum Fact implements Code {
    // outcomes
    ELIGIBLE, ELIGIBLE_LATER, RESOURCES_TOO_HIGH, PUMA_INSTEAD, HUMANITARIAN, MAYOTTE,
    // procedures
    FIRST_APPLICATION, NEW_APPLICATION, RENEWAL, APPEAL, WAIT_FOR_DECISION,
    /** Eligible now or later, and an application (first, new or renewal) is to be filed. */
    APPLYING,
    /** A new application: first or after a lapse or a refusal. */
    NEW_FILE,
    REFUSED_BY_SILENCE,
    /** A renewal whose window has not opened yet. */
    RENEWAL_NOT_YET_OPEN,
    // the person
    ADULT, MINOR, PHOTO_NEEDED, NO_PASSPORT, NO_IDENTITY_DOCUMENT,
    HOSTED, SHELTER, HOTEL, NO_FIXED_ADDRESS, URGENT_CARE,
    ASYLUM_SEEKER, PERMIT_PENDING, VALID_PERMIT, FRENCH,
    OVERSEAS, JOINING_AME_HOLDER, NEAR_CEILING, HAS_FAMILY
}
