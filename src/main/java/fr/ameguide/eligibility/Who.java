package fr.ameguide.eligibility;

/** The groups of a household that the law treats apart (CASF L251-1; CSS R861-2). */
public enum Who implements Code { APPLICANT, PARTNER, MINOR_CHILDREN, OTHER_CHILDREN }
