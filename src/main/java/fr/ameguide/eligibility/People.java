package fr.ameguide.eligibility;

import java.util.ArrayList;
import java.util.List;

/**
 * What each group of the household can have. The applicant's card covers a partner without regular status
 * and the children (CASF L251-1); a partner in regular status has PUMa instead; children under 18 have AME
 * in their own name whatever the parents' resources and without the 3 months (CE 7 June 2006; ameli).
 */
final class People {
    private People() {
    }

    static List<Person> of(Answers a, Decision d, Durations durations) {
        List<Person> people = new ArrayList<>();
        boolean ame = d.ame();
        people.add(new Person(Who.APPLICANT, 1, d.outcome, ame));
        boolean applicantAdult = a.age() != null && a.age() >= durations.adultAge();
        if (!applicantAdult || d.outcome == Outcome.AME_HUMANITARIAN || d.outcome == Outcome.NOT_AVAILABLE_MAYOTTE) {
            return people;
        }
        if (a.partner()) {
            people.add(a.partnerRegularStatus() || d.outcome == Outcome.PUMA_INSTEAD
                    ? new Person(Who.PARTNER, 1, Outcome.PUMA_INSTEAD, false)
                    : new Person(Who.PARTNER, 1, d.outcome, ame));
        }
        int minors = Math.max(0, Math.min(a.minorChildren(), a.children()));
        if (minors > 0) {
            if (d.outcome == Outcome.PUMA_INSTEAD) {
                people.add(new Person(Who.MINOR_CHILDREN, minors, Outcome.PUMA_INSTEAD, false));
            } else {
                // On the card once it is granted; meanwhile, or when the family is over the ceiling, in their own name.
                people.add(new Person(Who.MINOR_CHILDREN, minors, Outcome.AME_ELIGIBLE, d.outcome == Outcome.AME_ELIGIBLE));
            }
        }
        int others = a.children() - minors;
        if (others > 0) {
            people.add(new Person(Who.OTHER_CHILDREN, others, d.outcome, ame));
        }
        return List.copyOf(people);
    }
}
