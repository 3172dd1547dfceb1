package fr.ameguide.eligibility;

/**
 * The person's AME so far; each value but NEVER comes with a date (see {@link Answers#ameDate()}).
 * APPEALED: a recours was sent to the CPAM director, on {@code ameDate}.
 */
public enum AmeHistory implements Code { NEVER, ACTIVE, EXPIRED, REFUSED, PENDING, APPEALED }
