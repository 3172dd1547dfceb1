package fr.ameguide.questionnaire;

import io.smallrye.common.annotation.NonBlocking;
import fr.ameguide.content.Content;
import fr.ameguide.i18n.Language;
import fr.ameguide.web.FormBody;
import fr.ameguide.web.HtmlResponse;
import fr.ameguide.web.Pages;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;

import java.util.Map;
import java.util.Set;

/**
 * The questionnaire, one question per page, working without script. Answers travel only in the
 * form posts (hidden fields): never in the address, a cookie, a log or the server's memory. Every
 * post goes to one address, /{lang}/check; the body names the question answered ({@value #QUESTION})
 * or the page a button shows ({@value #SHOW}: a question, "check-answers" or "result").
 */
@Path("/{lang}/check")
@Produces(MediaType.TEXT_HTML)
public class QuestionnaireResource {
    static final String RETURN = "_return";
    static final String QUESTION = "_question";
    static final String SHOW = "_show";
    static final Set<String> CONTROL_FIELDS = Set.of(RETURN, QUESTION, SHOW);

    @Inject
    Content content;
    @Inject
    Pages pages;
    @Inject
    NextPage next;

    /** The first question: the only one that can be opened by its address. */
    @GET
    public Response start(@PathParam("lang") String lang) {
        Language language = pages.language(lang);
        return HtmlResponse.withAnswers(next.first(language));
    }

    /** Addresses of earlier versions, one per question: the questionnaire's single address. */
    @GET
    @Path("/{question}")
    public Response old(@PathParam("lang") String lang, @PathParam("question") String slug) {
        pages.language(lang);
        content.questionnaire().bySlug(slug).orElseThrow(jakarta.ws.rs.NotFoundException::new);
        // Relative: Response.seeOther would make it absolute from the request's Host.
        return Response.status(Response.Status.SEE_OTHER).header(jakarta.ws.rs.core.HttpHeaders.LOCATION, "/" + lang + "/check").build();
    }

    // On the event loop: the page is CPU only (under a millisecond), its body is read whole before it
    // (a byte[], never a blocking stream), and a hand-over to a worker thread cost more than that.
    @POST
    @NonBlocking
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response post(@PathParam("lang") String lang, byte[] body, @HeaderParam(HttpHeaders.CONTENT_TYPE) String type) {
        Language language = pages.language(lang);
        Map<String, String> input = FormBody.single(FormBody.read(body, type));
        // Something wrong in what was posted (an answer, a postcode) is a 400, on the page that says so.
        return next.after(language, input).map(n -> HtmlResponse.withAnswers(
                        n.problem() ? Response.Status.BAD_REQUEST : Response.Status.OK, n.page()))
                .orElseGet(() -> pages.answersLost(language));
    }
}
