package fr.ameguide.eligibility;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** Answers missing or impossible for the path the answers take through the rules. */
final class AnswerChecks {
    static final int MAX_AGE = 120;
    static final int MAX_CHILDREN = 20;

    private AnswerChecks() {
    }

    static List<Problem> problems(Answers a, RuleBook rules) {
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
        if (a.territory() == null) {
            if (a.presence() == Presence.LIVES_IN_FRANCE) {
                problems.add(new Problem("territory", Problem.REQUIRED));
            }
        }
        if (a.presence() == Presence.VISITING || a.territory() == Territory.MAYOTTE) {
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
        } else if (a.age() < 0 || a.age() > MAX_AGE) {
            problems.add(new Problem("age", Problem.OUT_OF_RANGE));
        }
        if (a.children() < 0 || a.children() > MAX_CHILDREN) {
            problems.add(new Problem("children", Problem.OUT_OF_RANGE));
        }
        if (a.minorChildren() < 0) {
            problems.add(new Problem("minorChildren", Problem.OUT_OF_RANGE));
        } else if (a.minorChildren() > a.children()) {
            problems.add(new Problem("minorChildren", Problem.ABOVE_CHILDREN));
        }
        boolean adult = a.age() != null && a.age() >= d.adultAge();
        if (adult) {
            notAfterAsOf(problems, a, "arrivalDate", a.arrivalDate(), true);
            notAfterAsOf(problems, a, "regularStayEndDate", a.regularStayEndDate(), false);
            BigDecimal resources = a.householdResources();
            if (resources == null) {
                problems.add(new Problem("householdResources", Problem.REQUIRED));
            } else if (resources.signum() < 0) {
                problems.add(new Problem("householdResources", Problem.OUT_OF_RANGE));
            }
            if (a.partnerResources() != null) {
                if (a.partnerResources().signum() < 0) {
                    problems.add(new Problem("partnerResources", Problem.OUT_OF_RANGE));
                } else if (resources != null && a.partnerResources().compareTo(resources) > 0) {
                    problems.add(new Problem("partnerResources", Problem.ABOVE_HOUSEHOLD_RESOURCES));
                }
            }
            if (a.alimonyPaid() != null && a.alimonyPaid().signum() < 0) {
                problems.add(new Problem("alimonyPaid", Problem.OUT_OF_RANGE));
            }
        }
        AmeHistory ame = a.ameOrNever();
        if (ame != AmeHistory.NEVER) {
            boolean mustBePast = ame == AmeHistory.REFUSED || ame == AmeHistory.PENDING || ame == AmeHistory.APPEALED;
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
}
