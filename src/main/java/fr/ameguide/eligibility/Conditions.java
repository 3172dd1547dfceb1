package fr.ameguide.eligibility;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import java.util.function.BiPredicate;

/**
 * Named conditions that the questionnaire's routing asks the core, evaluated on partial answers (unanswered
 * fields are null) and a date, so that routing never re-implements a rule (like smart-answers' next_node
 * asking its calculator).
 */
public final class Conditions {
    /** The names the questionnaire may use in an {@code if:}. */
    public static final Set<String> NAMES = Set.of("adult", "three_months_met", "visa_exemption_matters",
            "resources_over_ceiling");
    private final RuleBook rules;
    private final Map<String, BiPredicate<Answers, LocalDate>> named;

    public Conditions(RuleBook rules) {
        this.rules = rules;
        this.named = Map.of(
                "adult", (a, on) -> adult(a, on),
                "three_months_met", (a, on) -> threeMonthsMet(a, on),
                "visa_exemption_matters", (a, on) -> visaExemptionMatters(a, on),
                "resources_over_ceiling", (a, on) -> resourcesOverCeiling(a, on));
        if (!named.keySet().equals(NAMES)) {
            throw new IllegalStateException("Conditions.NAMES must list every named condition");
        }
    }

    public Set<String> names() {
        return named.keySet();
    }

    public boolean isNamed(String name) {
        return named.containsKey(name);
    }

    public boolean holds(String name, Answers partial, LocalDate on) {
        BiPredicate<Answers, LocalDate> p = named.get(name);
        if (p == null) {
            throw new IllegalArgumentException("unknown condition " + name);
        }
        return p.test(partial, on);
    }

    /** The age answered is the adult age or more (durations.yaml adultAge). */
    public boolean adult(Answers a, LocalDate on) {
        return a.age() != null && a.age() >= rules.durationsAt(on).adultAge();
    }

    /**
     * The resources answered so far (less a regular-status partner's share and alimony, if answered) would be
     * over the ceiling of the filing day, counting free housing unless it was answered otherwise. It errs
     * towards yes, so that a question that can lower the count (partner's share, alimony) is asked whenever
     * it can matter.
     */
    public boolean resourcesOverCeiling(Answers a, LocalDate on) {
        if (a.householdResources() == null || a.territory() == null || a.territory() == Territory.MAYOTTE) {
            return false;
        }
        LocalDate filing = on;
        if (a.arrivalDate() != null && !a.joiningAmeHolder() && !threeMonthsMet(a, on)) {
            filing = IrregularStay.of(a.status(), a.countedVisaFreeStay(), a.arrivalDate(), a.regularStayEndDate(),
                    rules.durationsAt(on)).threeMonthsOn();
        }
        int size = a.household().size();
        BigDecimal counted = a.householdResources().subtract(a.excludedPartnerResources())
                .subtract(a.alimonyOrZero()).max(BigDecimal.ZERO);
        if (a.housing() == null || a.housing() == Housing.HOSTED && a.countedHostedFree()) {
            counted = counted.add(rules.housingInKind(size, filing));
        }
        BigDecimal total = counted;
        return rules.ceiling(a.territory(), size, filing).map(c -> total.compareTo(c.amount()) > 0).orElse(false);
    }

    /**
     * Whether the person came without needing a visa can still change when the 3 months start: it is asked
     * only when, counted after 90 days of visa-free stay, they would not be met yet (Regulation (EU)
     * 2018/1806, annex II).
     */
    public boolean visaExemptionMatters(Answers a, LocalDate on) {
        if (a.arrivalDate() == null || a.status() != ResidenceStatus.NO_PERMIT) {
            return false;
        }
        return !IrregularStay.of(a.status(), true, a.arrivalDate(), a.regularStayEndDate(),
                rules.durationsAt(on)).metOn(on);
    }

    /** The 3 months of irregular stay are met on {@code on} (see {@link IrregularStay}). */
    public boolean threeMonthsMet(Answers a, LocalDate on) {
        if (a.arrivalDate() == null) {
            return false;
        }
        return IrregularStay.of(a.status(), a.countedVisaFreeStay(), a.arrivalDate(), a.regularStayEndDate(),
                rules.durationsAt(on)).metOn(on);
    }
}
