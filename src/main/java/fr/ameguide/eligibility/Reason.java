package fr.ameguide.eligibility;

import java.util.Map;

/**
 * One condition checked, met or not, with the values that explain it (dates, amounts, codes),
 * so that people see why. Texts are looked up by {@code reason.<id>.met} / {@code .not_met}.
 */
public record Reason(String id, boolean met, Map<String, Object> values) {

    /**
     * Every condition the outcome rules check, by its public id (its name in snake_case). Some are only
     * ever reported as met: they are noted when they apply (a minor, alimony deducted) and never as failed.
     */
    public enum Id implements Code {
        LIVES_IN_FRANCE(true), NOT_MAYOTTE(true), NO_REGULAR_STATUS(true), MINOR(false), JOINING_AME_HOLDER(false),
        THREE_MONTHS(true), PARTNER_RESOURCES_EXCLUDED(false), ALIMONY_DEDUCTED(false), RESOURCES(true);

        private final boolean canFail;

        Id(boolean canFail) {
            this.canFail = canFail;
        }

        /** Whether the rules can report it not met, and so whether it needs a sentence for that. */
        public boolean canFail() {
            return canFail;
        }
    }
}
