package fr.ameguide.eligibility;

/** The person's AME so far; each value but NEVER comes with a date (see {@link Answers#ameDate()}). */
public enum AmeHistory implements Code { NEVER, ACTIVE, EXPIRED, REFUSED, PENDING }
