package fr.ameguide.eligibility;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/** The facts of an assessed situation, from which the content files choose documents, steps and services. */
final class Facts {
    private Facts() {
    }

    static Set<Fact> of(Answers a, Durations d, Decision decision, Procedure procedure, List<Person> people) {
        EnumSet<Fact> f = EnumSet.noneOf(Fact.class);
        f.add(switch (decision.outcome) {
            case AME_ELIGIBLE -> Fact.ELIGIBLE;
            case AME_ELIGIBLE_LATER -> Fact.ELIGIBLE_LATER;
            case AME_RESOURCES_TOO_HIGH -> Fact.RESOURCES_TOO_HIGH;
            case PUMA_INSTEAD -> Fact.PUMA_INSTEAD;
            case AME_HUMANITARIAN -> Fact.HUMANITARIAN;
            case NOT_AVAILABLE_MAYOTTE -> Fact.MAYOTTE;
        });
        procedure(a, d, procedure, f);
        person(a, d, f);
        household(a, decision, people, f);
        if (decision.nearCeiling) {
            f.add(Fact.NEAR_CEILING);
        }
        if (decision.ceiling != null && decision.ceiling.provenance().status() != FigureStatus.OFFICIAL
                && decision.ceiling.provenance().status() != FigureStatus.SECONDARY) {
            f.add(Fact.ESTIMATED_CEILING);
        }
        return f;
    }

    private static void procedure(Answers a, Durations d, Procedure procedure, Set<Fact> f) {
        switch (procedure) {
            case FIRST_APPLICATION -> f.addAll(List.of(Fact.FIRST_APPLICATION, Fact.APPLYING, Fact.NEW_FILE));
            case NEW_APPLICATION -> f.addAll(List.of(Fact.NEW_APPLICATION, Fact.APPLYING, Fact.NEW_FILE));
            case RENEWAL -> {
                f.addAll(List.of(Fact.RENEWAL, Fact.APPLYING));
                if (a.asOf().isBefore(a.ameDate().minusMonths(d.renewalWindowMonths()))) {
                    f.add(Fact.RENEWAL_NOT_YET_OPEN);
                }
                if (a.asOf().isAfter(a.ameDate())) {
                    f.add(Fact.CARD_LAPSED);
                }
            }
            case APPEAL -> {
                f.add(Fact.APPEAL);
                if (a.ameOrNever() == AmeHistory.PENDING) {
                    f.add(Fact.REFUSED_BY_SILENCE);
                }
            }
            case COURT_APPEAL -> f.add(Fact.COURT_APPEAL);
            case WAIT_FOR_DECISION -> f.add(Fact.WAIT_FOR_DECISION);
            case NONE -> {
            }
        }
    }

    private static void person(Answers a, Durations d, Set<Fact> f) {
        if (a.age() != null) {
            f.add(a.age() >= d.adultAge() ? Fact.ADULT : Fact.MINOR);
            if (a.age() >= d.photoAge() || a.partner() || a.children() > 0) {
                f.add(Fact.PHOTO_NEEDED);
            }
        }
        if (a.identityDocument() != null && a.identityDocument() != IdentityDocument.PASSPORT) {
            f.add(Fact.NO_PASSPORT);
        }
        if (a.identityDocument() == IdentityDocument.NONE) {
            f.add(Fact.NO_IDENTITY_DOCUMENT);
        }
        if (a.housing() != null) {
            switch (a.housing()) {
                case HOSTED -> f.add(Fact.HOSTED);
                case SHELTER -> f.add(Fact.SHELTER);
                case HOTEL -> f.add(Fact.HOTEL);
                case NO_FIXED_ADDRESS -> f.add(Fact.NO_FIXED_ADDRESS);
                case OWN_HOME -> {
                }
            }
        }
        if (a.urgentCare()) {
            f.add(Fact.URGENT_CARE);
        }
        if (a.status() != null) {
            switch (a.status()) {
                case ASYLUM_SEEKER -> f.add(Fact.ASYLUM_SEEKER);
                case PERMIT_PENDING -> f.add(Fact.PERMIT_PENDING);
                case VALID_PERMIT -> f.add(Fact.VALID_PERMIT);
                case FRENCH -> f.add(Fact.FRENCH);
                case EU_NO_RIGHT_OF_RESIDENCE -> f.add(Fact.EU_CITIZEN);
                default -> {
                }
            }
        }
        if (a.countedVisaFreeStay()) {
            f.add(Fact.VISA_EXEMPT);
        }
        a.unknown().forEach(u -> f.add(u.fact()));
        if (a.regularStayEndDate() != null && !a.regularStayEndDate().isAfter(a.asOf())
                && a.asOf().isBefore(a.regularStayEndDate().plusMonths(d.coverAfterStatusEndsMonths()))) {
            f.add(Fact.STATUS_ENDED_RECENTLY);
        }
        if (a.territory() == Territory.OVERSEAS) {
            f.add(Fact.OVERSEAS);
        }
        if (a.joiningAmeHolder()) {
            f.add(Fact.JOINING_AME_HOLDER);
        }
    }

    private static void household(Answers a, Decision decision, List<Person> people, Set<Fact> f) {
        if (a.partner() || a.children() > 0) {
            f.add(Fact.HAS_FAMILY);
        }
        for (Person p : people) {
            if (p.who() == Who.PARTNER && p.outcome() == Outcome.PUMA_INSTEAD && decision.outcome != Outcome.PUMA_INSTEAD) {
                f.add(Fact.PARTNER_REGULAR_STATUS);
            }
            if (p.who() == Who.MINOR_CHILDREN) {
                f.add(Fact.MINOR_CHILDREN);
                if (p.outcome() == Outcome.AME_ELIGIBLE && !p.onApplicantCard()) {
                    f.add(Fact.CHILDREN_OWN_AME);
                }
            }
        }
    }
}
