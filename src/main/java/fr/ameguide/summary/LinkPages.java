package fr.ameguide.summary;

import fr.ameguide.config.Today;
import fr.ameguide.i18n.Language;
import fr.ameguide.questionnaire.FormAssessor;
import fr.ameguide.questionnaire.QuestionPages;
import fr.ameguide.result.Wording;
import fr.ameguide.web.Pages;
import io.quarkus.qute.TemplateInstance;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.Optional;

/**
 * The pages the QR code's link opens to: the same result, assessed on the same day, in the same
 * language; a page that says when it was made, once older than {@value ResultLink#VALID_MONTHS}
 * months (a 410); or, for a token this server did not make or cannot read any more, a page that says
 * so (a 400). A link is printed and may be years old or altered: it must never be an error of the server.
 */
@ApplicationScoped
class LinkPages {
    @Inject
    Pages pages;
    @Inject
    FormAssessor assessor;
    @Inject
    Today today;
    @Inject
    QuestionPages questionnaire;
    @Inject
    ResultLink link;

    enum Kind { RESULT, EXPIRED, INVALID }

    record Opened(Kind kind, TemplateInstance page) {
    }

    Opened open(Language language, String token) {
        ResultLink.Opened opened = link.open(token, today.date());
        Wording w = pages.wording(language);
        if (opened instanceof ResultLink.Expired expired) {
            return new Opened(Kind.EXPIRED, pages.error(language, w.text("summary.link_expired.title"),
                    w.text("summary.link_expired", "date", expired.sealedOn(), "validMonths", ResultLink.VALID_MONTHS)));
        }
        Optional<FormAssessor.Assessed> assessed = opened instanceof ResultLink.Valid valid
                ? assessor.assess(valid.sealed().answers(), valid.sealed().asOf()) : Optional.empty();
        if (assessed.isEmpty()) {
            return new Opened(Kind.INVALID,
                    pages.error(language, w.text("error.bad_request.title"), w.text("summary.link_invalid")));
        }
        return new Opened(Kind.RESULT, questionnaire.result(language, assessed.get()));
    }
}
