package fr.ameguide.eligibility;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * The outcome rules, in the order of docs/eligibility-rules.md; each adds the reason it checked.
 * The first rule that decides ends the walk.
 */
final class OutcomeRules {
    private OutcomeRules() {
    }

    static Decision decide(Answers a, RuleBook rules) {
        Decision r = new Decision();
        r.filingDay = a.asOf();
        boolean livesHere = a.presence() == Presence.LIVES_IN_FRANCE;
        r.reason(Reason.Id.LIVES_IN_FRANCE, livesHere);
        boolean notMayotte = a.territory() != Territory.MAYOTTE;
        if (!livesHere && notMayotte) {
            r.outcome = Outcome.AME_HUMANITARIAN;
            return r;
        }
        // Title V of CASF book II (AME, humanitarian AME included) does not apply in Mayotte.
        r.reason(Reason.Id.NOT_MAYOTTE, notMayotte);
        if (!notMayotte) {
            r.outcome = Outcome.NOT_AVAILABLE_MAYOTTE;
            return r;
        }
        boolean irregular = a.status().withoutRegularStatus();
        r.reason(Reason.Id.NO_REGULAR_STATUS, irregular, "status", a.status().code());
        if (!irregular) {
            r.outcome = Outcome.PUMA_INSTEAD;
            return r;
        }
        Durations d = rules.durationsAt(a.asOf());
        if (a.age() < d.adultAge()) {
            r.reason(Reason.Id.MINOR, true);
            r.outcome = Outcome.AME_ELIGIBLE;
            return r;
        }

        r.stay = IrregularStay.of(a, d);
        boolean longEnough = r.stay.metOn(a.asOf());
        if (a.joiningAmeHolder()) {
            r.reason(Reason.Id.JOINING_AME_HOLDER, true);
        } else {
            r.reason(Reason.Id.THREE_MONTHS, longEnough, "since", r.stay.start(), "from", r.stay.threeMonthsOn(),
                    "countedFrom", countedFrom(a, r.stay));
            if (!longEnough) {
                r.filingDay = r.stay.threeMonthsOn();
            }
        }
        resources(a, rules, r);
        if (r.counted.compareTo(r.ceiling.amount()) > 0) {
            // Too high on the day they can file: waiting would not change it.
            r.outcome = Outcome.AME_RESOURCES_TOO_HIGH;
        } else if (!r.filingDay.equals(a.asOf())) {
            r.outcome = Outcome.AME_ELIGIBLE_LATER;
            r.rightsFrom = r.filingDay;
        } else {
            r.outcome = Outcome.AME_ELIGIBLE;
        }
        return r;
    }

    /** Resources of the applicant and of dependants without regular status, less alimony paid, on the filing day. */
    private static void resources(Answers a, RuleBook rules, Decision r) {
        LocalDate on = r.filingDay;
        int size = a.household().size();
        BigDecimal partnerExcluded = a.excludedPartnerResources();
        if (partnerExcluded.signum() > 0) {
            r.reason(Reason.Id.PARTNER_RESOURCES_EXCLUDED, true, "amount", partnerExcluded);
        }
        BigDecimal alimony = a.alimonyOrZero();
        if (alimony.signum() > 0) {
            r.reason(Reason.Id.ALIMONY_DEDUCTED, true, "amount", alimony);
        }
        BigDecimal own = a.householdResources().subtract(partnerExcluded).subtract(alimony).max(BigDecimal.ZERO);
        r.inKind = a.countedHostedFree() ? rules.housingInKind(size, on) : null;
        r.counted = r.inKind == null ? own : own.add(r.inKind);
        r.ceiling = rules.ceiling(a.territory(), size, on).orElseThrow(() -> new OutsideKnownRules("resource_ceiling", on));
        boolean underCeiling = r.counted.compareTo(r.ceiling.amount()) <= 0;
        r.nearCeiling = !underCeiling && r.counted.compareTo(
                r.ceiling.amount().multiply(BigDecimal.ONE.add(rules.nearCeilingShare()))) <= 0;
        r.reason(Reason.Id.RESOURCES, underCeiling, "counted", r.counted, "ceiling", r.ceiling.amount(),
                "householdSize", size, "inKind", r.inKind == null ? BigDecimal.ZERO : r.inKind);
    }

    private static String countedFrom(Answers a, IrregularStay stay) {
        if (a.regularStayEndDate() != null && stay.start().equals(a.regularStayEndDate())
                && !stay.start().equals(a.arrivalDate())) {
            return "regular_stay_end";
        }
        if (stay.start().equals(a.arrivalDate())) {
            return "arrival";
        }
        return a.status() == ResidenceStatus.EU_NO_RIGHT_OF_RESIDENCE ? "eu_right_of_residence" : "visa_free_stay";
    }
}
