package fr.ameguide.content;

import fr.ameguide.eligibility.Eligibility;
import fr.ameguide.i18n.Languages;
import fr.ameguide.i18n.Translations;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Everything in content/ and translations/, loaded and checked. */
public record Content(
        Eligibility eligibility,
        Map<String, Source> sources,
        Map<String, CatalogueItem> documents,
        Map<String, CatalogueItem> steps,
        Map<String, CatalogueItem> services,
        Languages languages,
        Translations translations,
        Questionnaire questionnaire,
        List<GuidePage> pages,
        List<GlossaryTerm> glossary,
        List<String> ceilingSources,
        LocalDate rulesLastVerified,
        LocalHelp localHelp,
        Map<String, Phone> phones,
        List<SwornModel> models) {

    public Optional<GuidePage> page(String slug) {
        return pages.stream().filter(p -> p.slug().equals(slug)).findFirst();
    }

    public Optional<SwornModel> model(String slug) {
        return models.stream().filter(m -> m.slug().equals(slug)).findFirst();
    }

    /** The fill-in model for a paper of the checklist, if there is one. */
    public Optional<SwornModel> modelFor(String document) {
        return models.stream().filter(m -> m.document().equals(document)).findFirst();
    }

    public Optional<GuidePage> pageById(String id) {
        return pages.stream().filter(p -> p.id().equals(id)).findFirst();
    }
}
