package fr.ameguide.eligibility;

public enum ResidenceStatus implements Code {
    NO_PERMIT, PERMIT_PENDING, ASYLUM_SEEKER, VALID_PERMIT, EU_NO_RIGHT_OF_RESIDENCE, FRENCH;

    /** EU citizens without a right of residence are treated like people without a permit. */
    public boolean withoutRegularStatus() {
        return this == NO_PERMIT || this == EU_NO_RIGHT_OF_RESIDENCE;
    }
}
