package fr.ameguide.questionnaire;

import fr.ameguide.content.Content;
import fr.ameguide.content.Question;
import fr.ameguide.content.QuestionType;
import fr.ameguide.content.Questionnaire;
import fr.ameguide.i18n.Language;
import fr.ameguide.result.Explanation;
import fr.ameguide.result.Wording;
import fr.ameguide.web.Page;
import fr.ameguide.web.Pages;
import fr.ameguide.web.Templates;
import fr.ameguide.web.Today;
import io.quarkus.qute.TemplateInstance;
import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;

import java.math.BigDecimal;
import java.net.URI;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The questionnaire, one question per page, working without script. Answers travel only in the
 * form posts (hidden fields): never in the address, a cookie, a log or the server's memory.
 * A question's address names only the language and the question.
 */
@Path("/{lang}/check")
@Produces(MediaType.TEXT_HTML)
public class QuestionnaireResource {
    private static final org.jboss.logging.Logger LOG = org.jboss.logging.Logger.getLogger(QuestionnaireResource.class);
    static final String RETURN = "_return";
    static final Set<String> CONTROL_FIELDS = Set.of(RETURN);

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

    @GET
    public Response start(@PathParam("lang") String lang) {
        pages.language(lang);
        return Response.seeOther(URI.create("/" + lang + "/check/" + content.questionnaire().start().slug())).build();
    }

    /** Only the first question can be opened by its address: later ones need the answers before them. */
    @GET
    @Path("/{question}")
    public Response open(@PathParam("lang") String lang, @PathParam("question") String slug) {
        Language language = pages.language(lang);
        Question q = question(slug);
        if (!q.equals(content.questionnaire().start())) {
            return Response.seeOther(URI.create("/" + lang + "/check/" + content.questionnaire().start().slug())).build();
        }
        Flow flow = flow();
        return html(render(language, q, flow, flow.walk(Map.of()), Map.of(), null, false), false);
    }

    /** Answers a question, then shows the next one (or the check page). */
    @POST
    @Path("/{question}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response answer(@PathParam("lang") String lang, @PathParam("question") String slug,
                           MultivaluedMap<String, String> form) {
        Language language = pages.language(lang);
        Question q = question(slug);
        Map<String, String> input = FormAssessor.single(form);
        boolean review = "check".equals(input.get(RETURN));
        Flow flow = flow();
        Map<String, String> answers = assessor.answersOnly(input);
        answers.remove(q.field());
        Flow.Walk before = flow.walk(answers);
        if (!reachable(q, before)) {
            return lost(language);
        }
        AnswerInput answer = new AnswerInput(q, input, today.date());
        Set<ConstraintViolation<AnswerInput>> violations = validator.validate(answer);
        if (!violations.isEmpty()) {
            String code = violations.iterator().next().getMessage();
            return html(render(language, q, flow, before, input, code, review), true);
        }
        answers.put(q.field(), answer.parsed().value());
        LOG.debugf("answered question %s", q.id()); // the question only, never the answer
        Flow.Walk after = flow.walk(answers);
        Optional<Question> next = review ? after.next() : flow.next(q, after.kept());
        if (next.isEmpty() || (review && after.complete())) {
            return after.complete() ? html(checkAnswers(language, after), false) : lost(language);
        }
        return html(render(language, next.get(), flow, after, valuesOf(next.get(), after.kept()), null, review), false);
    }

    /** Shows a question with the answers so far: for back links, Change links and a change of language. */
    @POST
    @Path("/{question}/show")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response show(@PathParam("lang") String lang, @PathParam("question") String slug,
                         MultivaluedMap<String, String> form) {
        Language language = pages.language(lang);
        Map<String, String> input = FormAssessor.single(form);
        Flow flow = flow();
        Flow.Walk walk = flow.walk(assessor.answersOnly(input));
        if (Questionnaire.CHECK_ANSWERS.equals(slug.replace('-', '_'))) {
            return walk.complete() ? html(checkAnswers(language, walk), false) : lost(language);
        }
        Question q = question(slug);
        if (!reachable(q, walk)) {
            return lost(language);
        }
        return html(render(language, q, flow, walk, valuesOf(q, walk.kept()), null, "check".equals(input.get(RETURN))), false);
    }

    @POST
    @Path("/result")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response result(@PathParam("lang") String lang, MultivaluedMap<String, String> form) {
        Language language = pages.language(lang);
        Optional<FormAssessor.Assessed> assessed = assessor.assessToday(FormAssessor.single(form));
        if (assessed.isEmpty()) {
            return lost(language);
        }
        return html(resultPage(language, assessed.get()), false);
    }

    /** The result page, also reached from a summary's QR code. */
    public TemplateInstance resultPage(Language language, FormAssessor.Assessed assessed) {
        Wording w = pages.wording(language);
        Page page = pages.withAnswers(language, w.text("result.title"), assessed.answers(), "/check/result", false);
        return Templates.result(page, Explanation.explain(assessed.assessment(), w, assessed.notes()));
    }

    private TemplateInstance checkAnswers(Language language, Flow.Walk walk) {
        Wording w = pages.wording(language);
        List<AnswerRow> rows = new ArrayList<>();
        for (Question q : walk.answered()) {
            String label = w.text("answer." + q.id() + ".label");
            rows.add(new AnswerRow(label, answerText(w, q, walk.kept().get(q.field())),
                    "/" + language.code() + "/check/" + q.slug() + "/show", w.text("check.change_label", "question", label)));
        }
        Question last = walk.answered().get(walk.answered().size() - 1);
        Page page = pages.withAnswers(language, w.text("check.title"), walk.kept(), "/check/check-answers/show", false);
        return Templates.checkAnswers(page, rows, "/" + language.code() + "/check/" + last.slug() + "/show");
    }

    private String answerText(Wording w, Question q, String value) {
        return switch (q.type()) {
            case CHOICE -> w.text("question." + q.id() + ".option." + value);
            case NUMBER -> w.formats().number(Long.parseLong(value));
            case AMOUNT -> w.formats().euros(new BigDecimal(value));
            case DATE -> value.length() == 7
                    ? w.formats().monthYear(LocalDate.parse(value + "-01"))
                    : w.formats().date(LocalDate.parse(value));
        };
    }

    private TemplateInstance render(Language language, Question q, Flow flow, Flow.Walk walk, Map<String, String> input,
                                    String errorCode, boolean review) {
        Wording w = pages.wording(language);
        String base = "/" + language.code() + "/check/";
        String id = q.id();
        String f = q.field();
        List<QuestionView.Option> options = q.options().stream().map(o -> new QuestionView.Option(o,
                w.text("question." + id + ".option." + o), w.optional("question." + id + ".option." + o + ".hint").orElse(null),
                o.equals(input.get(f)), f + "-" + o.replace('_', '-'))).toList();
        String error = errorCode == null ? null
                : w.optional("question." + id + ".error." + errorCode,
                        "min", q.min() == null ? 0 : q.min(), "max", q.max() == null ? 0 : q.max())
                .orElseGet(() -> w.text("error." + errorCode, "min", q.min() == null ? 0 : q.min(),
                        "max", q.max() == null ? 0 : q.max()));
        String errorTarget = switch (q.type()) {
            case CHOICE -> options.get(0).inputId();
            case DATE -> f + ("date_incomplete".equals(errorCode) && input.get(f + "-day") != null ? "-month" : "-day");
            default -> f;
        };
        int position = walk.answered().indexOf(q);
        position = (position < 0 ? walk.answered().size() : position) + 1;
        int total = position + flow.remainingAfter(q, walk.kept());
        String backAction = review ? base + "check-answers/show"
                : walk.before(q).map(p -> base + p.slug() + "/show").orElse(null);
        QuestionView view = new QuestionView(id, f, q.type().name().toLowerCase(), w.text("question." + id + ".title"),
                w.optional("question." + id + ".hint").orElse(null), w.optional("question." + id + ".suffix").orElse(null),
                options, input.get(f), input.get(f + "-day"), input.get(f + "-month"), input.get(f + "-year"),
                q.type() == QuestionType.DATE ? w.text(q.unknownDayIsEnd() ? "date.unknown_day.end" : "date.unknown_day.start") : null,
                error, errorTarget, w.text("common.progress", "number", position, "total", total),
                base + q.slug(), backAction, review);
        Map<String, String> carried = new LinkedHashMap<>(walk.kept());
        carried.remove(f);
        Page page = pages.withAnswers(language, view.title(), carried, "/check/" + q.slug() + "/show", error != null);
        return Templates.question(page, view);
    }

    /** The form values that show a stored answer in the question's inputs. */
    private static Map<String, String> valuesOf(Question q, Map<String, String> kept) {
        Map<String, String> values = new HashMap<>();
        String v = kept.get(q.field());
        if (v == null) {
            return values;
        }
        if (q.type() == QuestionType.DATE) {
            String[] parts = v.split("-");
            values.put(q.field() + "-year", parts[0]);
            values.put(q.field() + "-month", String.valueOf(Integer.parseInt(parts[1])));
            if (parts.length == 3) {
                values.put(q.field() + "-day", String.valueOf(Integer.parseInt(parts[2])));
            }
        } else {
            values.put(q.field(), v);
        }
        return values;
    }

    /** A question can be answered only when the answers before it lead to it. */
    private static boolean reachable(Question q, Flow.Walk walk) {
        return walk.answered().contains(q) || walk.next().map(q::equals).orElse(false);
    }

    Response lost(Language language) {
        return pages.answersLost(language);
    }

    static Response html(TemplateInstance page, boolean invalid) {
        return Response.status(invalid ? Response.Status.BAD_REQUEST : Response.Status.OK).entity(page)
                .type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                .header("Cache-Control", "no-store").build();
    }

    private Question question(String slug) {
        return content.questionnaire().bySlug(slug).orElseThrow(NotFoundException::new);
    }

    private Flow flow() {
        return assessor.flow(today.date());
    }

}
