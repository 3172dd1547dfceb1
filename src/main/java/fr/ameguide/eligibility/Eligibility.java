package fr.ameguide.eligibility;

import java.util.List;
import java.util.Set;

/**
 * The eligibility core: answers and a date in, an assessment out. A small orchestrator over the answer
 * checks ({@link AnswerChecks}), the ordered outcome rules ({@link OutcomeRules}), the procedures and key
 * dates ({@link Procedures}), the household's people ({@link People}) and the situation's facts
 * ({@link Facts}). Figures come from the {@link RuleBook}, what to show from the {@link Catalogue}.
 */
public final class Eligibility {
    private final RuleBook rules;
    private final Catalogue catalogue;
    private final Conditions conditions;

    public Eligibility(RuleBook rules, Catalogue catalogue) {
        this.rules = rules;
        this.catalogue = catalogue;
        this.conditions = new Conditions(rules);
    }

    public RuleBook rules() {
        return rules;
    }

    /** The named conditions the questionnaire's routing may ask. */
    public Conditions conditions() {
        return conditions;
    }

    /** Answers missing or impossible for the path these answers take through the rules. */
    public List<Problem> problems(Answers a) {
        return AnswerChecks.problems(a, rules);
    }

    public Assessment assess(Answers a) {
        List<Problem> problems = problems(a);
        if (!problems.isEmpty()) {
            throw new InvalidAnswers(problems);
        }
        Durations d = rules.durationsAt(a.asOf());
        Decision decision = OutcomeRules.decide(a, rules);
        Procedure procedure = Procedures.procedure(a, d, decision);
        List<KeyDate> dates = Procedures.dates(a, d, decision, procedure);
        List<Person> people = People.of(a, decision, d);
        Set<Fact> facts = Facts.of(a, d, decision, procedure, people);
        return new Assessment(a.asOf(), decision.outcome, procedure, decision.rightsFrom, decision.ceiling,
                decision.counted, decision.inKind, List.copyOf(decision.reasons),
                Catalogue.select(catalogue.documents(), facts),
                Catalogue.select(catalogue.steps(), facts),
                Catalogue.select(catalogue.services(), facts),
                dates, Set.copyOf(facts), people);
    }
}
