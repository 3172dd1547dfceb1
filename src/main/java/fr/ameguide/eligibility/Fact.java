package fr.ameguide.eligibility;

/**
 * What is true of an assessed situation. Content files choose documents, steps and services
 * by naming these facts, so that what to show lives in data and what is true lives here.
 */
public enum Fact implements Code {
    // outcomes
    ELIGIBLE, ELIGIBLE_LATER, RESOURCES_TOO_HIGH, PUMA_INSTEAD, HUMANITARIAN, MAYOTTE,
    // procedures
    FIRST_APPLICATION, NEW_APPLICATION, RENEWAL, APPEAL, WAIT_FOR_DECISION, COURT_APPEAL,
    /** Eligible now or later, and an application (first, new or renewal) is to be filed. */
    APPLYING,
    /** A new application: first or after a lapse or a refusal. */
    NEW_FILE,
    REFUSED_BY_SILENCE,
    /** A renewal whose window has not opened yet. */
    RENEWAL_NOT_YET_OPEN,
    /** A renewal of a card whose end date has passed (less than the tolerance ago). */
    CARD_LAPSED,
    // the person
    ADULT, MINOR, PHOTO_NEEDED, NO_PASSPORT, NO_IDENTITY_DOCUMENT,
    HOSTED, SHELTER, HOTEL, NO_FIXED_ADDRESS, URGENT_CARE,
    ASYLUM_SEEKER, PERMIT_PENDING, VALID_PERMIT, FRENCH, EU_CITIZEN, VISA_EXEMPT,
    /** A visa, permit or asylum attestation ended less than 6 months ago (décret 2020-1325). */
    STATUS_ENDED_RECENTLY,
    OVERSEAS, JOINING_AME_HOLDER, NEAR_CEILING, HAS_FAMILY,
    /** The ceiling applied is an estimate or not confirmed by an official text. */
    ESTIMATED_CEILING,
    // the household
    PARTNER_REGULAR_STATUS, MINOR_CHILDREN,
    /** Children under 18 who can have AME in their own name although the applicant cannot have it now. */
    CHILDREN_OWN_AME,
    // answers given as "I don't know" (see Unknown: how each is read)
    UNKNOWN_HAD_VISA, UNKNOWN_VISA_EXEMPTION, UNKNOWN_HOSTED_FREE
}
