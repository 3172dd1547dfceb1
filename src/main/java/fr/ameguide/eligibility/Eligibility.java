package fr.ameguide.eligibility;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The eligibility core: answers and a date in, an assessment out. The order of the rules follows
 * docs/eligibility-rules.md; figures come from the {@link RuleBook}, what to show from the {@link Catalogue}.
 */
public final class Eligibility {
    private final RuleBook rules;
    private final Catalogue catalogue;

    public Eligibility(RuleBook rules, Catalogue catalogue) {
        this.rules = rules;
        this.catalogue = catalogue;
    }

    public RuleBook rules() {
        return rules;
    }

    /** Answers missing or impossible for the path these answers take through the rules. */
    public List<Problem> problems(Answers a) {
        List<Problem> problems = new ArrayList<>();
        if (a.asOf() == null) {
            problems.add(new Problem("asOf", Problem.REQUIRED));
            return problems;
        }
        if (a.asOf().isBefore(rules.firstAssessableDay())) {
            problems.add(new Problem("asOf", Problem.OUTSIDE_KNOWN_RULES));
            return problems;
        }
        if (a.presence() == null) {
            problems.add(new Problem("presence", Problem.REQUIRED));
            return problems;
        }
        if (a.presence() == Presence.VISITING) {
            return problems;
        }
        if (a.territory() == null) {
            problems.add(new Problem("territory", Problem.REQUIRED));
        }
        if (a.territory() == Territory.MAYOTTE) {
            return problems;
        }
        if (a.status() == null) {
            problems.add(new Problem("status", Problem.REQUIRED));
        }
        if (a.status() != null && !a.status().withoutRegularStatus()) {
            return problems;
        }
        Durations d = rules.durationsAt(a.asOf());
        if (a.age() == null) {
            problems.add(new Problem("age", Problem.REQUIRED));
        } else if (a.age() < 0 || a.age() > 120) {
            problems.add(new Problem("age", Problem.OUT_OF_RANGE));
        }
        if (a.children() < 0 || a.children() > 20) {
            problems.add(new Problem("children", Problem.OUT_OF_RANGE));
        }
        boolean adult = a.age() != null && a.age() >= d.adultAge();
        if (adult) {
            notAfterAsOf(problems, a, "arrivalDate", a.arrivalDate(), true);
            notAfterAsOf(problems, a, "regularStayEndDate", a.regularStayEndDate(), false);
            if (a.householdResources() == null) {
                problems.add(new Problem("householdResources", Problem.REQUIRED));
            } else if (a.householdResources().signum() < 0) {
                problems.add(new Problem("householdResources", Problem.OUT_OF_RANGE));
            }
        }
        AmeHistory ame = a.ameOrNever();
        if (ame != AmeHistory.NEVER) {
            boolean mustBePast = ame == AmeHistory.REFUSED || ame == AmeHistory.PENDING;
            if (mustBePast) {
                notAfterAsOf(problems, a, "ameDate", a.ameDate(), true);
            } else if (a.ameDate() == null) {
                problems.add(new Problem("ameDate", Problem.REQUIRED));
            }
        }
        return problems;
    }

    private static void notAfterAsOf(List<Problem> problems, Answers a, String field, LocalDate date, boolean required) {
        if (date == null) {
            if (required) {
                problems.add(new Problem(field, Problem.REQUIRED));
            }
        } else if (date.isAfter(a.asOf())) {
            problems.add(new Problem(field, Problem.AFTER_AS_OF));
        }
    }

    public Assessment assess(Answers a) {
        List<Problem> problems = problems(a);
        if (!problems.isEmpty()) {
            throw new InvalidAnswers(problems);
        }
        Decision decision = decide(a);
        Durations d = rules.durationsAt(a.asOf());
        Procedure procedure = decision.outcome == Outcome.AME_ELIGIBLE || decision.outcome == Outcome.AME_ELIGIBLE_LATER
                ? procedure(a, d) : Procedure.NONE;
        LocalDate filingDay = decision.rightsFrom != null ? decision.rightsFrom : a.asOf();
        List<KeyDate> dates = dates(a, d, decision, procedure, filingDay);
        Set<Fact> facts = facts(a, d, decision, procedure);
        return new Assessment(a.asOf(), decision.outcome, procedure, decision.rightsFrom, decision.ceiling,
                decision.counted, decision.inKind, List.copyOf(decision.reasons),
                Catalogue.select(catalogue.documents(), facts),
                Catalogue.select(catalogue.steps(), facts),
                Catalogue.select(catalogue.services(), facts),
                dates, Set.copyOf(facts));
    }

    private static final class Decision {
        Outcome outcome;
        LocalDate rightsFrom;
        ResourceCeiling ceiling;
        BigDecimal counted;
        BigDecimal inKind;
        boolean nearCeiling;
        final List<Reason> reasons = new ArrayList<>();

        void reason(String id, boolean met, Object... keyValues) {
            Map<String, Object> values = new LinkedHashMap<>();
            for (int i = 0; i < keyValues.length; i += 2) {
                values.put((String) keyValues[i], keyValues[i + 1]);
            }
            reasons.add(new Reason(id, met, values));
        }
    }

    private Decision decide(Answers a) {
        Decision r = new Decision();
        boolean livesHere = a.presence() == Presence.LIVES_IN_FRANCE;
        r.reason("lives_in_france", livesHere);
        if (!livesHere) {
            r.outcome = Outcome.AME_HUMANITARIAN;
            return r;
        }
        boolean notMayotte = a.territory() != Territory.MAYOTTE;
        r.reason("not_mayotte", notMayotte);
        if (!notMayotte) {
            r.outcome = Outcome.NOT_AVAILABLE_MAYOTTE;
            return r;
        }
        boolean irregular = a.status().withoutRegularStatus();
        r.reason("no_regular_status", irregular, "status", a.status().code());
        if (!irregular) {
            r.outcome = Outcome.PUMA_INSTEAD;
            return r;
        }
        Durations d = rules.durationsAt(a.asOf());
        if (a.age() < d.adultAge()) {
            r.reason("minor", true);
            r.outcome = Outcome.AME_ELIGIBLE;
            return r;
        }

        LocalDate start = a.regularStayEndDate() != null && a.regularStayEndDate().isAfter(a.arrivalDate())
                ? a.regularStayEndDate() : a.arrivalDate();
        LocalDate threeMonthsOn = start.plusMonths(d.irregularStayMonths());
        boolean longEnough = !a.asOf().isBefore(threeMonthsOn);
        if (a.joiningAmeHolder()) {
            r.reason("joining_ame_holder", true);
        } else {
            r.reason("three_months", longEnough, "since", start, "from", threeMonthsOn,
                    "countedFrom", start.equals(a.arrivalDate()) ? "arrival" : "regular_stay_end");
        }

        int size = a.household().size();
        r.inKind = a.hostedFree() ? rules.housingInKind(size, a.asOf()) : null;
        r.counted = r.inKind == null ? a.householdResources() : a.householdResources().add(r.inKind);
        r.ceiling = rules.ceiling(a.territory(), size, a.asOf())
                .orElseThrow(() -> new OutsideKnownRules("resource_ceiling", a.asOf()));
        boolean underCeiling = r.counted.compareTo(r.ceiling.amount()) <= 0;
        r.nearCeiling = !underCeiling && r.counted.compareTo(
                r.ceiling.amount().multiply(BigDecimal.ONE.add(rules.nearCeilingShare()))) <= 0;
        r.reason("resources", underCeiling, "counted", r.counted, "ceiling", r.ceiling.amount(),
                "householdSize", size, "inKind", r.inKind == null ? BigDecimal.ZERO : r.inKind);

        if (!underCeiling) {
            // Waiting would not change the resources, so "too high" wins over "too recent".
            r.outcome = Outcome.AME_RESOURCES_TOO_HIGH;
        } else if (!a.joiningAmeHolder() && !longEnough) {
            r.outcome = Outcome.AME_ELIGIBLE_LATER;
            r.rightsFrom = threeMonthsOn;
        } else {
            r.outcome = Outcome.AME_ELIGIBLE;
        }
        return r;
    }

    private static Procedure procedure(Answers a, Durations d) {
        LocalDate asOf = a.asOf();
        LocalDate on = a.ameDate();
        switch (a.ameOrNever()) {
            case NEVER:
                return Procedure.FIRST_APPLICATION;
            case ACTIVE:
            case EXPIRED:
                return asOf.isAfter(on.plusMonths(d.lapseToleranceMonths())) ? Procedure.NEW_APPLICATION : Procedure.RENEWAL;
            case REFUSED:
                return asOf.isAfter(on.plusMonths(d.appealMonths())) ? Procedure.NEW_APPLICATION : Procedure.APPEAL;
            case PENDING:
                LocalDate silenceRefusal = on.plusMonths(d.decisionMonths());
                if (!asOf.isAfter(silenceRefusal)) {
                    return Procedure.WAIT_FOR_DECISION;
                }
                return asOf.isAfter(silenceRefusal.plusMonths(d.appealMonths())) ? Procedure.NEW_APPLICATION : Procedure.APPEAL;
            default:
                throw new IllegalStateException();
        }
    }

    private static List<KeyDate> dates(Answers a, Durations d, Decision decision, Procedure procedure, LocalDate filingDay) {
        List<KeyDate> dates = new ArrayList<>();
        if (decision.rightsFrom != null) {
            dates.add(new KeyDate("rightsFrom", decision.rightsFrom));
        }
        switch (procedure) {
            case FIRST_APPLICATION, NEW_APPLICATION -> {
                LocalDate coverEnds = filingDay.plusMonths(d.coverMonths()).minusDays(1);
                dates.add(new KeyDate("careCoveredFrom", filingDay.minusDays(d.careBeforeFilingDays())));
                dates.add(new KeyDate("decisionExpectedBy", filingDay.plusMonths(d.decisionMonths())));
                dates.add(new KeyDate("coverEnds", coverEnds));
                dates.add(new KeyDate("renewFrom",
                        filingDay.plusMonths(d.coverMonths()).minusMonths(d.renewalWindowMonths())));
            }
            case RENEWAL -> {
                LocalDate cardEnd = a.ameDate();
                if (!a.asOf().isAfter(cardEnd)) {
                    dates.add(new KeyDate("renewFrom", cardEnd.minusMonths(d.renewalWindowMonths())));
                }
                dates.add(new KeyDate("renewBy", cardEnd.plusMonths(d.lapseToleranceMonths())));
                LocalDate filed = a.asOf().isAfter(cardEnd.minusMonths(d.renewalWindowMonths()))
                        ? a.asOf() : cardEnd.minusMonths(d.renewalWindowMonths());
                dates.add(new KeyDate("decisionExpectedBy", filed.plusMonths(d.decisionMonths())));
            }
            case WAIT_FOR_DECISION ->
                    dates.add(new KeyDate("decisionExpectedBy", a.ameDate().plusMonths(d.decisionMonths())));
            case APPEAL -> {
                LocalDate refusal = a.ameOrNever() == AmeHistory.PENDING
                        ? a.ameDate().plusMonths(d.decisionMonths()) : a.ameDate();
                dates.add(new KeyDate("appealDeadline", refusal.plusMonths(d.appealMonths())));
            }
            default -> {
            }
        }
        return List.copyOf(dates);
    }

    private static Set<Fact> facts(Answers a, Durations d, Decision decision, Procedure procedure) {
        EnumSet<Fact> f = EnumSet.noneOf(Fact.class);
        f.add(switch (decision.outcome) {
            case AME_ELIGIBLE -> Fact.ELIGIBLE;
            case AME_ELIGIBLE_LATER -> Fact.ELIGIBLE_LATER;
            case AME_RESOURCES_TOO_HIGH -> Fact.RESOURCES_TOO_HIGH;
            case PUMA_INSTEAD -> Fact.PUMA_INSTEAD;
            case AME_HUMANITARIAN -> Fact.HUMANITARIAN;
            case NOT_AVAILABLE_MAYOTTE -> Fact.MAYOTTE;
        });
        switch (procedure) {
            case FIRST_APPLICATION -> f.addAll(List.of(Fact.FIRST_APPLICATION, Fact.APPLYING, Fact.NEW_FILE));
            case NEW_APPLICATION -> f.addAll(List.of(Fact.NEW_APPLICATION, Fact.APPLYING, Fact.NEW_FILE));
            case RENEWAL -> {
                f.addAll(List.of(Fact.RENEWAL, Fact.APPLYING));
                if (a.asOf().isBefore(a.ameDate().minusMonths(d.renewalWindowMonths()))) {
                    f.add(Fact.RENEWAL_NOT_YET_OPEN);
                }
            }
            case APPEAL -> {
                f.add(Fact.APPEAL);
                if (a.ameOrNever() == AmeHistory.PENDING) {
                    f.add(Fact.REFUSED_BY_SILENCE);
                }
            }
            case WAIT_FOR_DECISION -> f.add(Fact.WAIT_FOR_DECISION);
            case NONE -> {
            }
        }
        if (a.age() != null) {
            f.add(a.age() >= d.adultAge() ? Fact.ADULT : Fact.MINOR);
            if (a.age() >= d.photoAge() || a.partner() || a.children() > 0) {
                f.add(Fact.PHOTO_NEEDED);
            }
        }
        if (a.partner() || a.children() > 0) {
            f.add(Fact.HAS_FAMILY);
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
                default -> {
                }
            }
        }
        if (a.territory() == Territory.OVERSEAS) {
            f.add(Fact.OVERSEAS);
        }
        if (a.joiningAmeHolder()) {
            f.add(Fact.JOINING_AME_HOLDER);
        }
        if (decision.nearCeiling) {
            f.add(Fact.NEAR_CEILING);
        }
        return f;
    }
}
