package fr.ameguide.content;

import fr.ameguide.i18n.Translations;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * French is the source every translation is made from: an id shown without its French text would reach
 * no language at all, so each one missing is a problem of the start.
 */
final class FrenchTexts {
    private final List<String> problems;

    FrenchTexts(List<String> problems) {
        this.problems = problems;
    }

    /** Every id that is shown must have its French text. */
    void check(Translations t, Map<String, Phone> phones, Map<String, CatalogueItem> documents,
               Map<String, CatalogueItem> steps, Map<String, CatalogueItem> services, Questionnaire questionnaire,
               List<GuidePage> pages, List<GlossaryTerm> glossary) {
        phones.keySet().stream().filter(id -> !t.has("actnow.phone." + id))
                .forEach(id -> problems.add("translations/fr: missing actnow.phone." + id));
        List<String> keys = new ArrayList<>();
        documents.values().forEach(d -> {
            keys.add("doc." + d.id() + ".title");
            d.alternatives().forEach(a -> keys.add("doc." + d.id() + ".alt." + a));
        });
        steps.keySet().forEach(id -> keys.addAll(List.of("step." + id + ".title", "step." + id + ".text")));
        services.keySet().forEach(id -> keys.addAll(List.of("service." + id + ".name", "service." + id + ".text")));
        for (Question q : questionnaire.questions()) {
            keys.add("question." + q.id() + ".title");
            keys.add("answer." + q.id() + ".label");
            q.options().forEach(o -> keys.add("question." + q.id() + ".option." + o));
        }
        for (GuidePage p : pages) {
            keys.add("guide." + p.id() + ".title");
            keys.add("guide." + p.id() + ".summary");
            p.blocks().forEach(b -> keys.addAll(b.keys()));
        }
        glossary.forEach(g -> keys.add("glossary." + g.id() + ".definition"));
        keys.stream().filter(k -> !t.has(k)).distinct()
                .forEach(k -> problems.add("translations/fr: missing " + k));
    }
}
