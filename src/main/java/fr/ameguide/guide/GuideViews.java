package fr.ameguide.guide;

import fr.ameguide.content.CatalogueItem;
import fr.ameguide.content.Content;
import fr.ameguide.content.GlossaryTerm;
import fr.ameguide.content.GuidePage;
import fr.ameguide.content.MessageKeys;
import fr.ameguide.eligibility.FigureStatus;
import fr.ameguide.eligibility.ResourceCeiling;
import fr.ameguide.eligibility.RuleBook;
import fr.ameguide.eligibility.Territory;
import fr.ameguide.i18n.Language;
import fr.ameguide.result.Wording;
import fr.ameguide.web.Page;
import fr.ameguide.web.Pages;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Builds the start page and the guidance pages from the content, so that {@link GuideResource} has
 * only HTTP and the cache to handle. The day is a parameter: a page is rendered again when the
 * ceilings in force change.
 */
@ApplicationScoped
class GuideViews {
    @Inject
    Content content;
    @Inject
    Pages pages;

    /** templates/home.html, guideIndex.html and guidePage.html, type-checked at build time. */
    @CheckedTemplate(basePath = "")
    static class Templates {
        static native TemplateInstance home(Page page, List<GuideLink> guides);

        static native TemplateInstance guideIndex(Page page, List<GuideLink> guides);

        static native TemplateInstance guidePage(Page page, GuidePage guide, GuideView view);
    }

    TemplateInstance home(Language language) {
        Wording w = pages.wording(language);
        return Templates.home(pages.page(language, w.text("home.title"), "/"), links(language));
    }

    TemplateInstance index(Language language) {
        Wording w = pages.wording(language);
        return Templates.guideIndex(pages.page(language, w.text("guide.index.title"), "/guide"), links(language));
    }

    TemplateInstance page(Language language, GuidePage guide, LocalDate day) {
        Wording w = pages.wording(language);
        Page page = pages.page(language, w.text(MessageKeys.guideTitle(guide.id())), "/guide/" + guide.slug());
        return Templates.guidePage(page, guide, view(guide, w, day));
    }

    private List<GuideLink> links(Language language) {
        Wording w = pages.wording(language);
        return content.pages().stream().map(p -> new GuideLink("/" + language.code() + "/guide/" + p.slug(),
                w.text(MessageKeys.guideTitle(p.id())), w.text(MessageKeys.guideSummary(p.id())))).toList();
    }

    private GuideView view(GuidePage guide, Wording w, LocalDate date) {
        RuleBook rules = content.eligibility().rules();
        List<GuideView.CeilingRow> ceilings = new ArrayList<>();
        String metropoleFrom = null;
        String overseasFrom = null;
        if (has(guide, "ceilings")) {
            for (int size = 1; size <= 5; size++) {
                String label = size <= 4 ? w.formats().number(size) : w.text("guide.ceilings.extra");
                ceilings.add(new GuideView.CeilingRow(label, cell(w, rules, Territory.METROPOLE, size, date),
                        cell(w, rules, Territory.OVERSEAS, size, date)));
            }
            metropoleFrom = tableNote(w, rules, Territory.METROPOLE, date);
            overseasFrom = tableNote(w, rules, Territory.OVERSEAS, date);
        }
        List<GuideView.Entry> documents = has(guide, "documents") ? content.documents().values().stream()
                .map(d -> new GuideView.Entry(w.text(MessageKeys.docTitle(d.id())), w.optional(MessageKeys.docHint(d.id())).orElse(null),
                        d.alternatives().stream().map(a -> w.text(MessageKeys.docAlternative(d.id(), a))).toList(), null, null, null))
                .toList() : List.of();
        List<GuideView.Entry> services = has(guide, "services") ? content.services().values().stream()
                .map(s -> service(w, s)).toList() : List.of();
        List<GuideView.Entry> glossary = has(guide, "glossary") ? content.glossary().stream()
                .map(g -> term(w, g)).toList() : List.of();
        Map<String, String> pageLinks = new LinkedHashMap<>();
        content.pages().forEach(p -> pageLinks.put(p.id(), "/" + w.language().code() + "/guide/" + p.slug()));
        List<GuideView.SourceLink> sources = guide.sources().stream().map(id -> content.sources().get(id))
                .map(s -> new GuideView.SourceLink(s.title(), s.url())).toList();
        return new GuideView(w.formats().date(guide.lastVerified()), sources, ceilings, metropoleFrom, overseasFrom,
                documents, services, glossary, pageLinks);
    }

    /** The ceiling for a household size; for 5, the amount added for each person beyond 4. */
    private static String cell(Wording w, RuleBook rules, Territory territory, int size, LocalDate date) {
        Optional<ResourceCeiling> c = rules.ceiling(territory, size, date);
        if (c.isEmpty()) {
            return "–";
        }
        if (size <= 4) {
            return w.formats().euros(c.get().amount());
        }
        return w.formats().euros(c.get().amount().subtract(rules.ceiling(territory, 4, date).orElseThrow().amount()));
    }

    /** Which table each household size comes from: a newer table may give only some sizes. */
    private static String tableNote(Wording w, RuleBook rules, Territory territory, LocalDate date) {
        Map<ResourceCeilingKey, List<Integer>> bySource = new LinkedHashMap<>();
        for (int size = 1; size <= 4; size++) {
            int s = size;
            rules.ceiling(territory, size, date).ifPresent(c -> bySource.computeIfAbsent(
                    new ResourceCeilingKey(c.validFrom(), c.provenance().status()), k -> new ArrayList<>()).add(s));
        }
        List<String> notes = new ArrayList<>();
        bySource.forEach((k, sizes) -> notes.add(w.text("guide.ceilings.valid_from_sizes",
                "sizes", w.formats().list(sizes.stream().map(n -> w.formats().number(n)).toList()),
                "date", k.validFrom(), "status", w.text(MessageKeys.figureStatus(k.status())))));
        return String.join(" ", notes);
    }

    private record ResourceCeilingKey(LocalDate validFrom, FigureStatus status) {
    }

    private static GuideView.Entry service(Wording w, CatalogueItem s) {
        String phone = s.phone() == null ? null
                : w.text("common.phone", "phone", w.formats().isolate(s.phone()), "date", s.phoneChecked());
        return new GuideView.Entry(w.text(MessageKeys.serviceName(s.id())), w.text(MessageKeys.serviceText(s.id())),
                List.of(), s.url(), phone, null);
    }

    private static GuideView.Entry term(Wording w, GlossaryTerm g) {
        return new GuideView.Entry(g.term(), w.text(MessageKeys.glossaryDefinition(g.id())), List.of(), null, null, "fr");
    }

    /** The ceilings and catalogues are built only for the pages that have their block. */
    private static boolean has(GuidePage guide, String special) {
        return guide.blocks().stream().anyMatch(b -> special.equals(b.special()));
    }
}
