package fr.ameguide.questionnaire;

import fr.ameguide.config.Today;
import fr.ameguide.content.Content;
import fr.ameguide.content.Question;
import fr.ameguide.i18n.Language;
import fr.ameguide.localhelp.LocalResult;
import io.quarkus.qute.TemplateInstance;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;

import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static fr.ameguide.questionnaire.QuestionnaireResource.QUESTION;
import static fr.ameguide.questionnaire.QuestionnaireResource.RETURN;
import static fr.ameguide.questionnaire.QuestionnaireResource.SHOW;

/**
 * Decides which page follows a post of the questionnaire: the next question, the same one again with
 * its error, "check your answers" or the result. Nothing is kept between posts, so every decision is
 * made again from the answers the post carries; when they do not lead to the page asked (lost,
 * altered or forged), there is none and {@link QuestionnaireResource} says the answers were lost.
 */
@ApplicationScoped
class NextPage {
    /** The resource's category, which the log has always used. */
    private static final org.jboss.logging.Logger LOG = org.jboss.logging.Logger.getLogger(QuestionnaireResource.class);

    @Inject
    Content content;
    @Inject
    Validator validator;
    @Inject
    Today today;
    @Inject
    FormAssessor assessor;
    @Inject
    QuestionPages views;

    /** A page to show, and whether it shows something wrong in what was posted. */
    record Next(TemplateInstance page, boolean problem) {
        static Optional<Next> of(TemplateInstance page) {
            return Optional.of(new Next(page, false));
        }
    }

    TemplateInstance first(Language language) {
        Flow.Walk walk = assessor.flow(today.date()).walk(Map.of());
        return views.question(language, content.questionnaire().start(), walk, Map.of(), Map.of(), null, false);
    }

    /** The body names the page a button shows, or else the question it answers. */
    Optional<Next> after(Language language, Map<String, String> input) {
        String show = input.get(SHOW);
        if (show != null) {
            return show(language, show, input);
        }
        Optional<Question> q = Optional.ofNullable(input.get(QUESTION)).flatMap(content.questionnaire()::bySlug);
        return q.isPresent() ? answer(language, q.get(), input) : Optional.empty();
    }

    /** Answers a question, then shows the next one (or the check page). */
    private Optional<Next> answer(Language language, Question q, Map<String, String> input) {
        LocalDate day = today.date();
        boolean review = "check".equals(input.get(RETURN));
        Flow flow = assessor.flow(day);
        Map<String, String> given = views.given(input, day);
        given.remove(q.field());
        Flow.Walk before = flow.walk(given);
        if (!reachable(q, before)) {
            return Optional.empty();
        }
        AnswerInput answer = new AnswerInput(q, input, day);
        Set<ConstraintViolation<AnswerInput>> violations = validator.validate(answer);
        if (!violations.isEmpty()) {
            String code = violations.iterator().next().getMessage();
            return Optional.of(new Next(views.question(language, q, before, given, input, code, review), true));
        }
        given.put(q.field(), answer.parsed().value());
        LOG.debugf("answered question %s", q.id()); // the question only, never the answer
        Flow.Walk after = flow.walk(given);
        if (review && after.complete()) {
            return Next.of(views.checkAnswers(language, after, given));
        }
        // The next question on the path not answered yet; when reviewing, answered ones are skipped.
        Optional<Question> next = review ? after.next() : flow.next(q, after.kept());
        if (next.isEmpty()) {
            return after.complete() ? Next.of(views.checkAnswers(language, after, given)) : Optional.empty();
        }
        return Next.of(views.question(language, next.get(), after, given,
                QuestionPages.valuesOf(next.get(), given), null, review));
    }

    /** Shows a page with the answers so far: for Back, Change, a change of language and the result. */
    private Optional<Next> show(Language language, String show, Map<String, String> input) {
        LocalDate day = today.date();
        Map<String, String> given = views.given(input, day);
        Flow.Walk walk = assessor.flow(day).walk(given);
        if (QuestionPages.RESULT_PAGE.equals(show)) {
            // The box of the result page posts here too, with a postcode: the offices near the person.
            String postcode = input.get(LocalResult.FIELD);
            boolean badPostcode = postcode != null && !content.localHelp().lookup(postcode).found();
            return assessor.assessToday(input).map(a -> new Next(views.result(language, a, postcode), badPostcode));
        }
        if (QuestionPages.CHECK_PAGE.equals(show)) {
            return walk.complete() ? Next.of(views.checkAnswers(language, walk, given)) : Optional.empty();
        }
        Optional<Question> q = content.questionnaire().bySlug(show);
        if (q.isEmpty() || !reachable(q.get(), walk)) {
            return Optional.empty();
        }
        return Next.of(views.question(language, q.get(), walk, given,
                QuestionPages.valuesOf(q.get(), given), null, "check".equals(input.get(RETURN))));
    }

    /** A question can be answered only when the answers before it lead to it. */
    private static boolean reachable(Question q, Flow.Walk walk) {
        return walk.answered().contains(q) || walk.next().map(q::equals).orElse(false);
    }
}
