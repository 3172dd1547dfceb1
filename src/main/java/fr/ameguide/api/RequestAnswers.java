package fr.ameguide.api;

import fr.ameguide.eligibility.AmeHistory;
import fr.ameguide.eligibility.Answers;
import fr.ameguide.eligibility.Code;
import fr.ameguide.eligibility.Housing;
import fr.ameguide.eligibility.IdentityDocument;
import fr.ameguide.eligibility.Presence;
import fr.ameguide.eligibility.Problem;
import fr.ameguide.eligibility.ResidenceStatus;
import fr.ameguide.eligibility.Territory;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Turns a validated API request into the core's answers, and checks what the contract requires across fields. */
public final class RequestAnswers {
    private RequestAnswers() {
    }

    public static Answers toAnswers(AssessmentRequest r, LocalDate today) {
        return new Answers(
                r.asOf() == null ? today : IsoDate.Check.parse(r.asOf()),
                Code.parse(Presence.class, r.presence()),
                Code.parse(Territory.class, r.territory()),
                Code.parse(ResidenceStatus.class, r.status()),
                r.age(),
                IsoDate.Check.parse(r.arrivalDate()),
                IsoDate.Check.parse(r.regularStayEndDate()),
                Boolean.TRUE.equals(r.joiningAmeHolder()),
                Boolean.TRUE.equals(r.partner()),
                r.children() == null ? 0 : r.children(),
                r.householdResources(),
                Boolean.TRUE.equals(r.hostedFree()),
                Code.parse(Housing.class, r.housing()),
                Code.parse(IdentityDocument.class, r.identityDocument()),
                Boolean.TRUE.equals(r.urgentCare()),
                Code.parse(AmeHistory.class, r.ame()),
                IsoDate.Check.parse(r.ameDate()),
                r.minorChildren() == null ? 0 : r.minorChildren(),
                Boolean.TRUE.equals(r.partnerRegularStatus()),
                r.partnerResources(),
                r.alimonyPaid(),
                Boolean.TRUE.equals(r.visaExempt()),
                Set.of());
    }

    /**
     * The contract's requirements across fields, which hold whatever path the rules take. The adult age
     * comes from the dated durations of the core ({@code adultAge}), never a literal.
     */
    public static List<Problem> contractProblems(AssessmentRequest r, int adultAge) {
        List<Problem> problems = new ArrayList<>();
        if ("lives_in_france".equals(r.presence()) && r.age() != null && r.age() >= adultAge && r.arrivalDate() == null) {
            problems.add(new Problem("arrivalDate", Problem.REQUIRED));
        }
        if (r.ame() != null && !"never".equals(r.ame()) && r.ameDate() == null) {
            problems.add(new Problem("ameDate", Problem.REQUIRED));
        }
        int children = r.children() == null ? 0 : r.children();
        if (r.minorChildren() != null && r.minorChildren() > children) {
            problems.add(new Problem("minorChildren", Problem.ABOVE_CHILDREN));
        }
        if (r.partnerResources() != null && r.householdResources() != null
                && r.partnerResources().compareTo(r.householdResources()) > 0) {
            problems.add(new Problem("partnerResources", Problem.ABOVE_HOUSEHOLD_RESOURCES));
        }
        return problems;
    }
}
