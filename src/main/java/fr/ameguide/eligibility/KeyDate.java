package fr.ameguide.eligibility;

import java.time.LocalDate;

/** A date that matters to the person; ids are the API's (decisionExpectedBy, appealDeadline, ...). */
public record KeyDate(String id, LocalDate date) {

    KeyDate(Id id, LocalDate date) {
        this(id.id(), date);
    }

    /**
     * Every key date the procedures give. {@code reminder}: a day to act on or to expect an answer by,
     * worth a reminder in a calendar (the cover's own dates are not).
     */
    public enum Id {
        RIGHTS_FROM("rightsFrom", true), CARE_COVERED_FROM("careCoveredFrom", false),
        DECISION_EXPECTED_BY("decisionExpectedBy", true), COVER_ENDS("coverEnds", false),
        RENEW_FROM("renewFrom", true), RENEW_BY("renewBy", true), APPEAL_DEADLINE("appealDeadline", true);

        private final String id;
        private final boolean reminder;

        Id(String id, boolean reminder) {
            this.id = id;
            this.reminder = reminder;
        }

        /** The public id, as in the API. */
        public String id() {
            return id;
        }

        public boolean reminder() {
            return reminder;
        }
    }

    /** Whether this date is worth a reminder (see {@link Id#reminder()}). */
    public boolean reminder() {
        for (Id i : Id.values()) {
            if (i.id.equals(id)) {
                return i.reminder;
            }
        }
        return false;
    }
}
