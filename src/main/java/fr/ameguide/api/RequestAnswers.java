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
                IsoDate.Check.parse(r.ameDate()));
    }

    /** The contract's conditional requirements, which hold whatever path the rules take. */
    public static List<Problem> contractProblems(AssessmentRequest r) {
        List<Problem> problems = new ArrayList<>();
        if ("lives_in_france".equals(r.presence()) && r.age() != null && r.age() >= 18 && r.arrivalDate() == null) {
            problems.add(new Problem("arrivalDate", Problem.REQUIRED));
        }
        if (r.ame() != null && !"never".equals(r.ame()) && r.ameDate() == null) {
            problems.add(new Problem("ameDate", Problem.REQUIRED));
        }
        return problems;
    }
}
