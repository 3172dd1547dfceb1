package fr.ameguide.summary;

import fr.ameguide.content.LocalHelp;
import fr.ameguide.i18n.Language;
import fr.ameguide.questionnaire.FormAssessor;
import io.quarkus.qute.TemplateInstance;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.Map;
import java.util.Optional;

/**
 * From the answers posted to what the summary gives: the page to print, the PDF and the calendar file.
 * The answers are assessed again on each post, since nothing is kept; each is empty when they are
 * lost, altered or forged.
 */
@ApplicationScoped
class Summaries {
    @Inject
    FormAssessor assessor;
    @Inject
    SummaryViews views;
    @Inject
    SummaryPdf pdf;

    /** Either the PDF's bytes, or (when they are null) the page to print from the browser. */
    record Printed(byte[] pdf, TemplateInstance page) {
    }

    Optional<TemplateInstance> page(Language language, Map<String, String> input) {
        return assessor.assessToday(input).map(a -> views.summary(language, a, false, false, views.local(input)));
    }

    /** When there is no Chromium here, or it fails, the PDF button still gives the summary to print, saying so. */
    Optional<Printed> print(Language language, Map<String, String> input) throws InterruptedException {
        Optional<FormAssessor.Assessed> assessed = assessor.assessToday(input);
        if (assessed.isEmpty()) {
            return Optional.empty();
        }
        LocalHelp.Lookup local = views.local(input);
        byte[] bytes = pdf.available() ? pdf.render(views.summary(language, assessed.get(), true, false, local).render()) : null;
        return Optional.of(bytes != null ? new Printed(bytes, null)
                : new Printed(null, views.summary(language, assessed.get(), false, true, local)));
    }

    Optional<String> calendar(Language language, Map<String, String> input) {
        return assessor.assessToday(input).map(a -> views.calendar(language, a.assessment()));
    }
}
