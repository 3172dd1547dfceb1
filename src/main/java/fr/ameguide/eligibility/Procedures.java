package fr.ameguide.eligibility;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** Which procedure the AME history calls for, and the key dates of that procedure. */
final class Procedures {
    private Procedures() {
    }

    static Procedure procedure(Answers a, Durations d, Decision decision) {
        if (!decision.ame()) {
            return Procedure.NONE;
        }
        LocalDate asOf = a.asOf();
        LocalDate on = a.ameDate();
        return switch (a.ameOrNever()) {
            case NEVER -> Procedure.FIRST_APPLICATION;
            case ACTIVE, EXPIRED ->
                    asOf.isAfter(on.plusMonths(d.lapseToleranceMonths())) ? Procedure.NEW_APPLICATION : Procedure.RENEWAL;
            case REFUSED -> asOf.isAfter(on.plusMonths(d.appealMonths())) ? Procedure.NEW_APPLICATION : Procedure.APPEAL;
            case PENDING -> {
                LocalDate silenceRefusal = on.plusMonths(d.decisionMonths());
                if (!asOf.isAfter(silenceRefusal)) {
                    yield Procedure.WAIT_FOR_DECISION;
                }
                yield asOf.isAfter(silenceRefusal.plusMonths(d.appealMonths())) ? Procedure.NEW_APPLICATION : Procedure.APPEAL;
            }
            // The recours was sent on `on`: 2 months of silence are a refusal (CRPA L231-4), then 2 months for the court.
            case APPEALED -> asOf.isAfter(courtDeadline(on, d)) ? Procedure.NEW_APPLICATION : Procedure.COURT_APPEAL;
        };
    }

    private static LocalDate courtDeadline(LocalDate recoursSent, Durations d) {
        return recoursSent.plusMonths(d.decisionMonths()).plusMonths(d.appealMonths());
    }

    static List<KeyDate> dates(Answers a, Durations d, Decision decision, Procedure procedure) {
        List<KeyDate> dates = new ArrayList<>();
        LocalDate filingDay = decision.filingDay;
        if (decision.rightsFrom != null) {
            dates.add(new KeyDate(KeyDate.Id.RIGHTS_FROM, decision.rightsFrom));
        }
        switch (procedure) {
            case FIRST_APPLICATION, NEW_APPLICATION -> {
                dates.add(new KeyDate(KeyDate.Id.CARE_COVERED_FROM, careCoveredFrom(a, d, decision)));
                dates.add(new KeyDate(KeyDate.Id.DECISION_EXPECTED_BY, filingDay.plusMonths(d.decisionMonths())));
                dates.add(new KeyDate(KeyDate.Id.COVER_ENDS, filingDay.plusMonths(d.coverMonths()).minusDays(1)));
                dates.add(new KeyDate(KeyDate.Id.RENEW_FROM,
                        filingDay.plusMonths(d.coverMonths()).minusMonths(d.renewalWindowMonths())));
            }
            case RENEWAL -> {
                LocalDate cardEnd = a.ameDate();
                if (!a.asOf().isAfter(cardEnd)) {
                    dates.add(new KeyDate(KeyDate.Id.RENEW_FROM, cardEnd.minusMonths(d.renewalWindowMonths())));
                }
                dates.add(new KeyDate(KeyDate.Id.RENEW_BY, cardEnd.plusMonths(d.lapseToleranceMonths())));
                LocalDate filed = a.asOf().isAfter(cardEnd.minusMonths(d.renewalWindowMonths()))
                        ? a.asOf() : cardEnd.minusMonths(d.renewalWindowMonths());
                dates.add(new KeyDate(KeyDate.Id.DECISION_EXPECTED_BY, filed.plusMonths(d.decisionMonths())));
            }
            case WAIT_FOR_DECISION ->
                    dates.add(new KeyDate(KeyDate.Id.DECISION_EXPECTED_BY, a.ameDate().plusMonths(d.decisionMonths())));
            case APPEAL -> {
                LocalDate refusal = a.ameOrNever() == AmeHistory.PENDING
                        ? a.ameDate().plusMonths(d.decisionMonths()) : a.ameDate();
                dates.add(new KeyDate(KeyDate.Id.APPEAL_DEADLINE, refusal.plusMonths(d.appealMonths())));
            }
            case COURT_APPEAL -> {
                dates.add(new KeyDate(KeyDate.Id.DECISION_EXPECTED_BY, a.ameDate().plusMonths(d.decisionMonths())));
                dates.add(new KeyDate(KeyDate.Id.APPEAL_DEADLINE, courtDeadline(a.ameDate(), d)));
            }
            default -> {
            }
        }
        return List.copyOf(dates);
    }

    /**
     * Care in the days before filing is covered only on days the 3 months were already met and the person
     * was in France (décret 54-883 art. 44-1): never before arrival, never before the 3 months.
     */
    private static LocalDate careCoveredFrom(Answers a, Durations d, Decision decision) {
        LocalDate from = decision.filingDay.minusDays(d.careBeforeFilingDays());
        if (decision.stay != null && !a.joiningAmeHolder() && decision.stay.threeMonthsOn().isAfter(from)) {
            from = decision.stay.threeMonthsOn();
        }
        if (a.arrivalDate() != null && a.arrivalDate().isAfter(from)) {
            from = a.arrivalDate();
        }
        return from;
    }
}
