package fr.ameguide.eligibility;

/**
 * The household whose size sets the ceiling (foyer CSS, CSS R861-2): the applicant, a partner,
 * and dependants under 25. Not to be confused with the people the card covers (CASF L251-1).
 */
public record Household(boolean partner, int children) {
    public int size() {
        return 1 + (partner ? 1 : 0) + children;
    }
}
