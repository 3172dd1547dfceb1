package fr.ameguide.content;

import fr.ameguide.eligibility.Eligibility;
import fr.ameguide.i18n.Languages;
import fr.ameguide.i18n.Translations;
import fr.ameguide.localhelp.LocalHelp;

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
        Map<String, Phone> phones) {

    public Optional<GuidePage> page(String slug) {
        return pages.stream().filter(p -> p.slug().equals(slug)).findFirst();
    }

    public Optional<GuidePage> pageById(String id) {
        return pages.stream().filter(p -> p.id().equals(id)).findFirst();
    }
}
