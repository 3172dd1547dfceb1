package fr.ameguide.summary;

import fr.ameguide.i18n.Language;
import fr.ameguide.localhelp.LocalHelp;
import fr.ameguide.questionnaire.FormAssessor;
import fr.ameguide.questionnaire.QuestionPages;
import fr.ameguide.result.Wording;
import fr.ameguide.web.FormBody;
import fr.ameguide.web.HtmlResponse;
import fr.ameguide.web.Page;
import fr.ameguide.web.Pages;
import fr.ameguide.web.Templates;
import fr.ameguide.web.Today;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;

import java.io.IOException;
import java.io.InputStream;
import java.util.Map;
import java.util.Optional;

/**
 * The printed summary of one result, bilingual: as a page to print, as a PDF, and its key dates as a
 * calendar file; and the QR code's link that reopens the same result. Answers arrive by form post or
 * sealed in the link; nothing is kept.
 */
@Path("/{lang}/summary")
public class SummaryResource {
    @Inject
    Pages pages;
    @Inject
    FormAssessor assessor;
    @Inject
    Today today;
    @Inject
    SummaryPdf pdf;
    @Inject
    QuestionPages questionnaire;
    @Inject
    SummaryViews views;
    @Inject
    ResultLink link;

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response page(@PathParam("lang") String lang, InputStream form, @HeaderParam(HttpHeaders.CONTENT_TYPE) String type) {
        Language language = pages.language(lang);
        Map<String, String> input = FormAssessor.single(FormBody.read(form, type));
        Optional<FormAssessor.Assessed> assessed = assessor.assessToday(input);
        if (assessed.isEmpty()) {
            return pages.answersLost(language);
        }
        return HtmlResponse.withAnswers(views.summary(language, assessed.get(), false, false, views.local(input)));
    }

    @POST
    @Path("/pdf")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response pdf(@PathParam("lang") String lang, InputStream form, @HeaderParam(HttpHeaders.CONTENT_TYPE) String type)
            throws IOException, InterruptedException {
        Language language = pages.language(lang);
        Map<String, String> input = FormAssessor.single(FormBody.read(form, type));
        Optional<FormAssessor.Assessed> assessed = assessor.assessToday(input);
        if (assessed.isEmpty()) {
            return pages.answersLost(language);
        }
        LocalHelp.Lookup local = views.local(input);
        byte[] bytes = pdf.available() ? pdf.render(views.summary(language, assessed.get(), true, false, local).render()) : null;
        if (bytes == null) {
            // No Chromium here, or it failed: the same summary to print from the browser, saying so.
            return HtmlResponse.withAnswers(views.summary(language, assessed.get(), false, true, local));
        }
        return Response.ok(bytes, "application/pdf")
                .header("Content-Disposition", "attachment; filename=\"ame-guide-" + language.code() + ".pdf\"")
                .header("Cache-Control", "no-store").build();
    }

    @POST
    @Path("/calendar")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response calendar(@PathParam("lang") String lang, InputStream form, @HeaderParam(HttpHeaders.CONTENT_TYPE) String type) {
        Language language = pages.language(lang);
        Optional<FormAssessor.Assessed> assessed = assessor.assessToday(FormAssessor.single(FormBody.read(form, type)));
        if (assessed.isEmpty()) {
            return pages.answersLost(language);
        }
        String ics = views.calendar(language, assessed.get().assessment());
        return Response.ok(ics, "text/calendar; charset=utf-8")
                .header("Content-Disposition", "attachment; filename=\"ame-guide-dates.ics\"")
                .header("Cache-Control", "no-store").build();
    }

    /**
     * The QR code's address: the same result, assessed on the same day, in the same language. A token
     * this server did not make, or cannot read any more, is a 400 page; one older than
     * {@value ResultLink#VALID_MONTHS} months is a 410 page that says when it was made; never a 5xx.
     */
    @GET
    @Path("/{token}")
    public Response reopen(@PathParam("lang") String lang, @PathParam("token") String token) {
        Language language = pages.language(lang);
        ResultLink.Opened opened = link.open(token, today.date());
        Wording w = pages.wording(language);
        if (opened instanceof ResultLink.Expired expired) {
            Page page = pages.page(language, w.text("summary.link_expired.title"), "/");
            return HtmlResponse.withAnswers(Response.Status.GONE, Templates.error(page, w.text("summary.link_expired.title"),
                    w.text("summary.link_expired", "date", expired.sealedOn())));
        }
        Optional<FormAssessor.Assessed> assessed = opened instanceof ResultLink.Valid valid
                ? assessor.assess(valid.sealed().answers(), valid.sealed().asOf()) : Optional.empty();
        if (assessed.isEmpty()) {
            Page page = pages.page(language, w.text("error.bad_request.title"), "/");
            return HtmlResponse.withAnswers(Response.Status.BAD_REQUEST,
                    Templates.error(page, w.text("error.bad_request.title"), w.text("summary.link_invalid")));
        }
        return HtmlResponse.withAnswers(questionnaire.result(language, assessed.get()));
    }

    public ResultLink link() {
        return link;
    }
}
