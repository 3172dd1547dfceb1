package fr.ameguide.content;

import fr.ameguide.eligibility.ActNow;
import fr.ameguide.eligibility.FigureStatus;
import fr.ameguide.eligibility.KeyDate;
import fr.ameguide.eligibility.Outcome;
import fr.ameguide.eligibility.Person;
import fr.ameguide.eligibility.Problem;
import fr.ameguide.eligibility.Procedure;
import fr.ameguide.eligibility.Reason;
import fr.ameguide.eligibility.RuleBook;
import fr.ameguide.eligibility.Territory;
import fr.ameguide.eligibility.Who;
import fr.ameguide.i18n.Translations;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Every key {@link MessageKeys} composes, family by family, with the ids each family is made of: the
 * core's enums (outcomes, procedures, reasons, key dates, covers, statuses, actions, API problems and
 * fields), the content's ids (documents, steps, services, questions, pages, glossary, phones, models,
 * the territories with a ceiling table) and the codes of a typed answer or a postcode. French is the
 * source every translation is made from: a key without its French text would reach no language at all,
 * so each one missing is a problem of the start (and the parity check then asks it of every language).
 */
public final class KeyFamilies {

    /**
     * One key the site can show. {@code orElse}: the general key shown when this one is absent (a question's
     * own error sentence, else the general one); {@code optional}: shown only when it exists (a hint).
     */
    public record Key(String family, String key, String orElse, boolean optional) {
        static Key of(String family, String key) {
            return new Key(family, key, null, false);
        }

        static Key optional(String family, String key) {
            return new Key(family, key, null, true);
        }
    }

    private final List<Key> keys = new ArrayList<>();

    private KeyFamilies() {
    }

    /** The families of a loaded content. */
    public static List<Key> of(Content c) {
        return of(c.eligibility().rules(), c.phones(), c.documents(), c.steps(), c.services(), c.questionnaire(),
                c.pages(), c.glossary(), c.models());
    }

    static List<Key> of(RuleBook rules, Map<String, Phone> phones, Map<String, CatalogueItem> documents,
                        Map<String, CatalogueItem> steps, Map<String, CatalogueItem> services, Questionnaire questionnaire,
                        List<GuidePage> pages, List<GlossaryTerm> glossary, List<SwornModel> models) {
        KeyFamilies f = new KeyFamilies();
        f.core(rules);
        phones.keySet().forEach(id -> f.add("actnow.phone", MessageKeys.actNowPhone(id)));
        documents.values().forEach(d -> {
            f.add("doc", MessageKeys.docTitle(d.id()));
            f.keys.add(Key.optional("doc", MessageKeys.docHint(d.id())));
            d.alternatives().forEach(a -> f.add("doc", MessageKeys.docAlternative(d.id(), a)));
        });
        steps.keySet().forEach(id -> {
            f.add("step", MessageKeys.stepTitle(id));
            f.add("step", MessageKeys.stepText(id));
        });
        services.keySet().forEach(id -> {
            f.add("service", MessageKeys.serviceName(id));
            f.add("service", MessageKeys.serviceText(id));
        });
        questionnaire.questions().forEach(f::question);
        for (GuidePage p : pages) {
            f.add("guide", MessageKeys.guideTitle(p.id()));
            f.add("guide", MessageKeys.guideSummary(p.id()));
            p.blocks().forEach(b -> b.keys().forEach(k -> f.add("guide block", k)));
        }
        glossary.forEach(g -> f.add("glossary", MessageKeys.glossaryDefinition(g.id())));
        for (SwornModel m : models) {
            f.add("model", MessageKeys.modelTitle(m.id()));
            f.add("model", MessageKeys.modelUse(m.id()));
            m.lineKeys().forEach(k -> f.add("model", k));
        }
        for (LocalHelp.Problem p : LocalHelp.Problem.values()) {
            f.add("localhelp.error", MessageKeys.localHelpError(p));
        }
        return List.copyOf(f.keys);
    }

    /** The families made of the core's enums: all their values, as the core can produce them. */
    private void core(RuleBook rules) {
        for (Outcome o : Outcome.values()) {
            add("outcome", MessageKeys.outcomeTitle(o));
            add("outcome", MessageKeys.outcomeText(o));
            add("actnow.icon", MessageKeys.actNowIcon(o));
        }
        for (Procedure p : Procedure.values()) {
            if (p != Procedure.NONE) {
                add("procedure", MessageKeys.procedure(p));
            }
        }
        for (Reason.Id r : Reason.Id.values()) {
            add("reason", MessageKeys.reason(r.code(), true));
            add("clerk reason", MessageKeys.clerkReason(r.code(), true));
            if (r.canFail()) {
                add("reason", MessageKeys.reason(r.code(), false));
                add("clerk reason", MessageKeys.clerkReason(r.code(), false));
            }
        }
        for (KeyDate.Id d : KeyDate.Id.values()) {
            add("date", MessageKeys.dateLabel(d.id()));
            if (d.reminder()) {
                add("calendar", MessageKeys.calendar(d.id()));
            }
        }
        for (Who who : Who.values()) {
            Person.covers(who).forEach(c -> add("person", MessageKeys.person(who, c)));
        }
        for (Territory t : Territory.values()) {
            if (rules.ceilings().containsKey(t)) {
                add("territory", MessageKeys.territory(t));
            }
        }
        for (FigureStatus s : FigureStatus.values()) {
            add("figure.status", MessageKeys.figureStatus(s));
        }
        for (ActNow.Id a : ActNow.Id.values()) {
            add("actnow.action", MessageKeys.actNowAction(a.code()));
        }
        Problem.CODES.forEach(code -> add("api.error", MessageKeys.apiError(code)));
        Problem.fields().forEach(name -> add("field", MessageKeys.field(name)));
    }

    private void question(Question q) {
        String id = q.id();
        add("question", MessageKeys.questionTitle(id));
        keys.add(Key.optional("question", MessageKeys.questionHint(id)));
        keys.add(Key.optional("question", MessageKeys.questionSuffix(id)));
        add("answer", MessageKeys.answerLabel(id));
        for (String o : q.options()) {
            add("question", MessageKeys.questionOption(id, o));
            keys.add(Key.optional("question", MessageKeys.questionOptionHint(id, o)));
        }
        for (String code : AnswerError.possible(q)) {
            keys.add(new Key("question error", MessageKeys.questionError(id, code), MessageKeys.answerError(code), false));
        }
    }

    private void add(String family, String key) {
        keys.add(Key.of(family, key));
    }

    /** One line per key that must have its French text and has none. */
    static List<String> missing(List<Key> keys, Translations t) {
        return keys.stream().filter(k -> !k.optional() && !t.has(k.key()) && (k.orElse() == null || !t.has(k.orElse())))
                .map(k -> "translations/fr: missing " + k.key() + (k.orElse() == null ? "" : " (or " + k.orElse() + ")")
                        + " (" + k.family() + ")")
                .distinct().toList();
    }
}
