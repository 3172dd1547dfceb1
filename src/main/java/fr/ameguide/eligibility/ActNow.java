package fr.ameguide.eligibility;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What to do now: the first one to three actions of an assessment, with their dates counted from the
 * assessment's day (today) and from the day the application can be filed. Decided here, from the
 * {@link Assessment} alone, so that pages only put it into words.
 *
 * @param tone    the outcome's colour: green only when AME can be asked for today
 * @param actions at most {@link #MAX_ACTIONS}, urgent care first when the person said care cannot wait
 * @param outlook what follows from filing on the filing day ("if you file on ..."), or null
 * @param applying an application (first, new or renewal) is to be filed: the form's official page helps
 * @param noIdentity the person has no identity paper at all: how to get one
 * @param cpam the CPAM is the office to deal with: its phone number helps
 */
public record ActNow(Tone tone, List<Action> actions, Action outlook, boolean applying, boolean noIdentity, boolean cpam) {
    public static final int MAX_ACTIONS = 3;
    private static final java.util.Set<String> FILING = java.util.Set.of(Id.FILE_TODAY.code(), Id.PREPARE_LATER.code(),
            Id.RENEW_TODAY.code(), Id.RENEW_LATER.code());

    /** Every sentence the box can say, by its id (its name in snake_case): {@code actnow.action.<id>}. */
    public enum Id implements Code {
        URGENT_CARE, IDENTITY_PAPER, DOMICILIATION, FILE_TODAY, IF_FILE_TODAY, PREPARE_LATER, IF_FILE_ON, CARE_MEANWHILE,
        RENEW_LATER, IF_RENEW_ON, RENEW_TODAY, IF_RENEW_TODAY, WAIT, APPEAL, COURT, PASS, APPLY_ANYWAY, PUMA,
        HUMANITARIAN, MAYOTTE, CHILDREN
    }

    /** The colour of an outcome: green can be acted on now, amber must wait or is refused, the others point elsewhere. */
    public enum Tone implements Code { GREEN, AMBER, BLUE, VIOLET, GREY }

    /**
     * One sentence to say: its id and the values it names (dates, and {@code days}, the whole days from
     * the assessment's day to the date the sentence counts down to).
     */
    public record Action(String id, Map<String, Object> values) {
        public Action {
            values = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(values));
        }
    }

    public static Tone tone(Outcome outcome) {
        return switch (outcome) {
            case AME_ELIGIBLE -> Tone.GREEN;
            case AME_ELIGIBLE_LATER, AME_RESOURCES_TOO_HIGH -> Tone.AMBER;
            case PUMA_INSTEAD -> Tone.BLUE;
            case AME_HUMANITARIAN -> Tone.VIOLET;
            case NOT_AVAILABLE_MAYOTTE -> Tone.GREY;
        };
    }

    public static ActNow of(Assessment a) {
        LocalDate today = a.asOf();
        List<Action> actions = new ArrayList<>();
        Action outlook = null;
        boolean urgent = a.has(Fact.URGENT_CARE);
        if (urgent) {
            actions.add(action(Id.URGENT_CARE));
        }
        switch (a.outcome()) {
            case AME_ELIGIBLE, AME_ELIGIBLE_LATER -> {
                switch (a.procedure()) {
                    case FIRST_APPLICATION, NEW_APPLICATION -> {
                        if (a.has(Fact.NO_IDENTITY_DOCUMENT)) {
                            actions.add(action(Id.IDENTITY_PAPER));
                        }
                        if (a.has(Fact.NO_FIXED_ADDRESS)) {
                            actions.add(action(Id.DOMICILIATION));
                        }
                        LocalDate care = a.date("careCoveredFrom").orElseThrow();
                        LocalDate decision = a.date("decisionExpectedBy").orElseThrow();
                        if (a.outcome() == Outcome.AME_ELIGIBLE) {
                            actions.add(action(Id.FILE_TODAY, "today", today));
                            outlook = action(Id.IF_FILE_TODAY, "filingDay", today, "careCoveredFrom", care,
                                    "decisionExpectedBy", decision);
                        } else {
                            LocalDate filingDay = a.rightsFrom();
                            actions.add(action(Id.PREPARE_LATER, "days", days(today, filingDay), "filingDay", filingDay));
                            outlook = action(Id.IF_FILE_ON, "filingDay", filingDay, "careCoveredFrom", care,
                                    "decisionExpectedBy", decision);
                            if (!urgent) {
                                actions.add(action(Id.CARE_MEANWHILE));
                            }
                        }
                    }
                    case RENEWAL -> {
                        LocalDate renewBy = a.date("renewBy").orElseThrow();
                        LocalDate decision = a.date("decisionExpectedBy").orElseThrow();
                        if (a.has(Fact.RENEWAL_NOT_YET_OPEN)) {
                            LocalDate renewFrom = a.date("renewFrom").orElseThrow();
                            actions.add(action(Id.RENEW_LATER, "renewFrom", renewFrom, "days", days(today, renewFrom),
                                    "renewBy", renewBy));
                            outlook = action(Id.IF_RENEW_ON, "filingDay", renewFrom, "decisionExpectedBy", decision);
                        } else {
                            actions.add(action(Id.RENEW_TODAY, "today", today, "renewBy", renewBy));
                            outlook = action(Id.IF_RENEW_TODAY, "filingDay", today, "decisionExpectedBy", decision);
                        }
                    }
                    case WAIT_FOR_DECISION ->
                            actions.add(action(Id.WAIT, "decisionExpectedBy", a.date("decisionExpectedBy").orElseThrow()));
                    case APPEAL -> {
                        LocalDate deadline = a.date("appealDeadline").orElseThrow();
                        actions.add(action(Id.APPEAL, "appealDeadline", deadline, "days", days(today, deadline)));
                    }
                    case COURT_APPEAL -> actions.add(action(Id.COURT,
                            "decisionExpectedBy", a.date("decisionExpectedBy").orElseThrow(),
                            "appealDeadline", a.date("appealDeadline").orElseThrow()));
                    case NONE -> {
                    }
                }
            }
            case AME_RESOURCES_TOO_HIGH -> {
                actions.add(action(Id.PASS));
                if (a.has(Fact.NEAR_CEILING)) {
                    actions.add(action(Id.APPLY_ANYWAY));
                }
            }
            case PUMA_INSTEAD -> actions.add(action(Id.PUMA));
            case AME_HUMANITARIAN -> actions.add(action(Id.HUMANITARIAN));
            case NOT_AVAILABLE_MAYOTTE -> actions.add(action(Id.MAYOTTE));
        }
        if (a.has(Fact.CHILDREN_OWN_AME)) {
            actions.add(action(Id.CHILDREN));
        }
        List<Action> first = List.copyOf(actions.subList(0, Math.min(MAX_ACTIONS, actions.size())));
        // "If you file on ..." follows the filing action: when more urgent ones push it out of the first
        // three (care that cannot wait, then an identity paper and an address to get), the person cannot
        // file yet, and its dates would say they can.
        if (outlook != null && first.stream().noneMatch(x -> FILING.contains(x.id()))) {
            outlook = null;
        }
        return new ActNow(tone(a.outcome()), first, outlook, a.has(Fact.APPLYING), a.has(Fact.NO_IDENTITY_DOCUMENT),
                a.services().contains("cpam"));
    }

    private static long days(LocalDate from, LocalDate to) {
        return Math.max(0, ChronoUnit.DAYS.between(from, to));
    }

    private static Action action(Id id, Object... keyValues) {
        Map<String, Object> values = new LinkedHashMap<>();
        for (int i = 0; i < keyValues.length; i += 2) {
            values.put((String) keyValues[i], keyValues[i + 1]);
        }
        return new Action(id.code(), values);
    }
}
