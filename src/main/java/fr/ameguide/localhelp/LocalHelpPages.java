package fr.ameguide.localhelp;

import fr.ameguide.content.Content;
import fr.ameguide.content.LocalHelp;
import fr.ameguide.i18n.Language;
import fr.ameguide.result.Wording;
import fr.ameguide.web.Page;
import fr.ameguide.web.Pages;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.Map;

/** Builds the pages of who helps near you, so that {@link LocalHelpResource} has only HTTP to handle. */
@ApplicationScoped
class LocalHelpPages {
    @Inject
    Content content;
    @Inject
    Pages pages;

    /** templates/localHelp.html and localPartners.html, type-checked at build time. */
    @CheckedTemplate(basePath = "")
    static class Templates {
        static native TemplateInstance localHelp(Page page, LocalOffices offices, String error, String value);

        static native TemplateInstance localPartners(Page page, LocalPartners partners);
    }

    TemplateInstance box(Language language) {
        Wording w = pages.wording(language);
        return Templates.localHelp(pages.page(language, w.text("localhelp.page.title"), "/local-help"), null, null, null);
    }

    /** The box again, saying what is wrong with the postcode typed. */
    TemplateInstance problem(Language language, LocalHelp.Lookup lookup, String typed) {
        Wording w = pages.wording(language);
        // Nothing to carry: the language links open the empty box.
        Page page = pages.page(language, w.text("common.error_prefix") + " " + w.text("localhelp.page.title"), "/local-help");
        return Templates.localHelp(page, null, LocalOffices.problemText(lookup.problem(), w), typed);
    }

    TemplateInstance offices(Language language, LocalHelp.Lookup lookup) {
        Wording w = pages.wording(language);
        // The language buttons post the postcode again: the same offices in another language.
        Page page = pages.withAnswers(language, w.text("localhelp.page.title"), Map.of(LocalResult.FIELD, lookup.postcode()),
                "/local-help", null, false);
        return Templates.localHelp(page, LocalOffices.of(lookup, content.localHelp(), w), null, lookup.postcode());
    }

    TemplateInstance partners(Language language) {
        Wording w = pages.wording(language);
        return Templates.localPartners(pages.page(language, w.text("localhelp.partners.title"), "/local-help/partners"),
                LocalPartners.of(content.localHelp(), w));
    }
}
