package fr.ameguide.eligibility;

/**
 * One group of the household and what it can have: {@code outcome} is that group's own outcome,
 * {@code onApplicantCard} whether the applicant's AME card covers it.
 */
public record Person(Who who, int count, Outcome outcome, boolean onApplicantCard) {
}
