package fr.ameguide.summary;

import fr.ameguide.i18n.Language;
import fr.ameguide.web.FormBody;
import fr.ameguide.web.HtmlResponse;
import fr.ameguide.web.Page;
import fr.ameguide.web.Pages;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
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
    Summaries summaries;
    @Inject
    LinkPages linkPages;

    /** templates/summary.html, type-checked at build time; {@link SummaryViews} fills it. */
    @CheckedTemplate(basePath = "")
    static class Templates {
        static native TemplateInstance summary(Page page, Page french, SummaryView v, boolean pdfUnavailable);
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response page(@PathParam("lang") String lang, InputStream form, @HeaderParam(HttpHeaders.CONTENT_TYPE) String type) {
        Language language = pages.language(lang);
        return summaries.page(language, FormBody.single(FormBody.read(form, type))).map(HtmlResponse::withAnswers)
                .orElseGet(() -> pages.answersLost(language));
    }

    @POST
    @Path("/pdf")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response pdf(@PathParam("lang") String lang, InputStream form, @HeaderParam(HttpHeaders.CONTENT_TYPE) String type)
            throws IOException, InterruptedException {
        Language language = pages.language(lang);
        return summaries.print(language, FormBody.single(FormBody.read(form, type))).map(p -> p.pdf() == null
                ? HtmlResponse.withAnswers(p.page()) : file(p.pdf(), "application/pdf", "ame-guide-" + language.code() + ".pdf"))
                .orElseGet(() -> pages.answersLost(language));
    }

    @POST
    @Path("/calendar")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response calendar(@PathParam("lang") String lang, InputStream form, @HeaderParam(HttpHeaders.CONTENT_TYPE) String type) {
        Language language = pages.language(lang);
        return summaries.calendar(language, FormBody.single(FormBody.read(form, type)))
                .map(ics -> file(ics, "text/calendar; charset=utf-8", "ame-guide-dates.ics"))
                .orElseGet(() -> pages.answersLost(language));
    }

    /** The QR code's address: see {@link LinkPages} for the pages it opens to, never a 5xx. */
    @GET
    @Path("/{token}")
    public Response reopen(@PathParam("lang") String lang, @PathParam("token") String token) {
        LinkPages.Opened opened = linkPages.open(pages.language(lang), token);
        return HtmlResponse.withAnswers(switch (opened.kind()) {
            case RESULT -> Response.Status.OK; case EXPIRED -> Response.Status.GONE; case INVALID -> Response.Status.BAD_REQUEST;
        }, opened.page());
    }

    /** A file to save, which holds the person's situation: never kept by a cache. */
    private static Response file(Object body, String type, String name) {
        return Response.ok(body, type).header("Content-Disposition", "attachment; filename=\"" + name + "\"")
                .header("Cache-Control", "no-store").build();
    }
}
