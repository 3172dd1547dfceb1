package fr.ameguide.eligibility;

import java.time.LocalDate;

/**
 * The 3 months of irregular stay of CASF L251-1 for an adult. They start at arrival, or later when the
 * first months were a regular stay: an EU/EEA/Swiss citizen's 3 months of right of residence (CESEDA
 * L232-1), a visa-exempt national's 90 days, or a visa, permit or asylum attestation that ran out.
 */
public record IrregularStay(LocalDate arrival, LocalDate start, LocalDate threeMonthsOn) {

    public static IrregularStay of(ResidenceStatus status, boolean visaExempt, LocalDate arrival,
                                   LocalDate regularStayEnd, Durations d) {
        LocalDate start = arrival;
        if (status == ResidenceStatus.EU_NO_RIGHT_OF_RESIDENCE) {
            start = arrival.plusMonths(d.euRightOfResidenceMonths());
        } else if (visaExempt) {
            start = arrival.plusDays(d.visaFreeStayDays());
        }
        if (regularStayEnd != null && regularStayEnd.isAfter(start)) {
            start = regularStayEnd;
        }
        return new IrregularStay(arrival, start, start.plusMonths(d.irregularStayMonths()));
    }

    static IrregularStay of(Answers a, Durations d) {
        return of(a.status(), a.countedVisaFreeStay(), a.arrivalDate(), a.regularStayEndDate(), d);
    }

    public boolean metOn(LocalDate day) {
        return !day.isBefore(threeMonthsOn);
    }
}
