package fr.ameguide.questionnaire;

import io.smallrye.common.annotation.NonBlocking;
import fr.ameguide.content.Content;
import fr.ameguide.content.Question;
import fr.ameguide.i18n.Language;
import fr.ameguide.localhelp.LocalResult;
import fr.ameguide.web.FormBody;
import fr.ameguide.web.HtmlResponse;
import fr.ameguide.web.Pages;
import fr.ameguide.web.Today;
import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
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

import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
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
    private static final org.jboss.logging.Logger LOG = org.jboss.logging.Logger.getLogger(QuestionnaireResource.class);
    static final String RETURN = "_return";
    static final String QUESTION = "_question";
    static final String SHOW = "_show";
    static final Set<String> CONTROL_FIELDS = Set.of(RETURN, QUESTION, SHOW);

    @Inject
    Content content;
    @Inject
    Pages pages;
    @Inject
    Validator validator;
    @Inject
    Today today;
    @Inject
    FormAssessor assessor;
    @Inject
    QuestionPages views;

    /** The first question: the only one that can be opened by its address. */
    @GET
    public Response start(@PathParam("lang") String lang) {
        Language language = pages.language(lang);
        Flow.Walk walk = assessor.flow(today.date()).walk(Map.of());
        return HtmlResponse.withAnswers(views.question(language, content.questionnaire().start(), walk, Map.of(), Map.of(), null, false));
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
        Map<String, String> input = FormAssessor.single(FormBody.read(body, type));
        String show = input.get(SHOW);
        if (show != null) {
            return show(language, show, input);
        }
        Optional<Question> q = Optional.ofNullable(input.get(QUESTION)).flatMap(content.questionnaire()::bySlug);
        return q.isPresent() ? answer(language, q.get(), input) : pages.answersLost(language);
    }

    /** Answers a question, then shows the next one (or the check page). */
    private Response answer(Language language, Question q, Map<String, String> input) {
        LocalDate day = today.date();
        boolean review = "check".equals(input.get(RETURN));
        Flow flow = assessor.flow(day);
        Map<String, String> given = views.given(input, day);
        given.remove(q.field());
        Flow.Walk before = flow.walk(given);
        if (!reachable(q, before)) {
            return pages.answersLost(language);
        }
        AnswerInput answer = new AnswerInput(q, input, day);
        Set<ConstraintViolation<AnswerInput>> violations = validator.validate(answer);
        if (!violations.isEmpty()) {
            String code = violations.iterator().next().getMessage();
            return HtmlResponse.withAnswers(Response.Status.BAD_REQUEST,
                    views.question(language, q, before, given, input, code, review));
        }
        given.put(q.field(), answer.parsed().value());
        LOG.debugf("answered question %s", q.id()); // the question only, never the answer
        Flow.Walk after = flow.walk(given);
        if (review && after.complete()) {
            return HtmlResponse.withAnswers(views.checkAnswers(language, after, given));
        }
        // The next question on the path not answered yet; when reviewing, answered ones are skipped.
        Optional<Question> next = review ? after.next() : flow.next(q, after.kept());
        if (next.isEmpty()) {
            return after.complete() ? HtmlResponse.withAnswers(views.checkAnswers(language, after, given))
                    : pages.answersLost(language);
        }
        return HtmlResponse.withAnswers(views.question(language, next.get(), after, given,
                QuestionPages.valuesOf(next.get(), given), null, review));
    }

    /** Shows a page with the answers so far: for Back, Change, a change of language and the result. */
    private Response show(Language language, String show, Map<String, String> input) {
        LocalDate day = today.date();
        Map<String, String> given = views.given(input, day);
        Flow.Walk walk = assessor.flow(day).walk(given);
        if (QuestionPages.RESULT_PAGE.equals(show)) {
            // The box of the result page posts here too, with a postcode: the offices near the person.
            String postcode = input.get(LocalResult.FIELD);
            boolean badPostcode = postcode != null && !content.localHelp().lookup(postcode).found();
            return assessor.assessToday(input).map(a -> HtmlResponse.withAnswers(
                            badPostcode ? Response.Status.BAD_REQUEST : Response.Status.OK, views.result(language, a, postcode)))
                    .orElseGet(() -> pages.answersLost(language));
        }
        if (QuestionPages.CHECK_PAGE.equals(show)) {
            return walk.complete() ? HtmlResponse.withAnswers(views.checkAnswers(language, walk, given))
                    : pages.answersLost(language);
        }
        Optional<Question> q = content.questionnaire().bySlug(show);
        if (q.isEmpty() || !reachable(q.get(), walk)) {
            return pages.answersLost(language);
        }
        return HtmlResponse.withAnswers(views.question(language, q.get(), walk, given,
                QuestionPages.valuesOf(q.get(), given), null, "check".equals(input.get(RETURN))));
    }

    /** A question can be answered only when the answers before it lead to it. */
    private static boolean reachable(Question q, Flow.Walk walk) {
        return walk.answered().contains(q) || walk.next().map(q::equals).orElse(false);
    }
}
