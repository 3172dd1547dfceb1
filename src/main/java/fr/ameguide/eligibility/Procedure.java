package fr.ameguide.eligibility;

public enum Procedure {
    FIRST_APPLICATION, RENEWAL, NEW_APPLICATION, APPEAL, WAIT_FOR_DECISION, NONE;

    public boolean isApplication() {
        return this == FIRST_APPLICATION || this == RENEWAL || this == NEW_APPLICATION;
    }
}
