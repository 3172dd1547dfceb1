package fr.ameguide.eligibility;

/**
 * What the person does next. APPEAL is the recours to the CPAM director, mandatory before the court
 * (CASF L134-2); COURT_APPEAL is the tribunal administratif after that recours was refused or left
 * unanswered for 2 months.
 */
public enum Procedure {
    FIRST_APPLICATION, RENEWAL, NEW_APPLICATION, APPEAL, WAIT_FOR_DECISION, COURT_APPEAL, NONE;

    public boolean isApplication() {
        return this == FIRST_APPLICATION || this == RENEWAL || this == NEW_APPLICATION;
    }
}
