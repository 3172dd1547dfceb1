package fr.ameguide.questionnaire;

import fr.ameguide.content.AnswerError;
import fr.ameguide.content.Content;
import fr.ameguide.content.LocalHelp;
import fr.ameguide.content.MessageKeys;
import fr.ameguide.content.Question;
import fr.ameguide.content.QuestionType;
import fr.ameguide.i18n.Language;
import fr.ameguide.localhelp.LocalOffices;
import fr.ameguide.localhelp.LocalResult;
import fr.ameguide.result.ExplainedAssessment;
import fr.ameguide.result.ActNowText;
import fr.ameguide.result.Explanation;
import fr.ameguide.result.Wording;
import fr.ameguide.web.Page;
import fr.ameguide.web.Pages;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Builds the questionnaire's pages (a question, "check your answers", the result) from a walk through
 * the answers. Every form of these pages posts to one address, /{lang}/check, and names in its body
 * the question it answers ({@value QuestionnaireResource#QUESTION}) or the page to show
 * ({@value QuestionnaireResource#SHOW}): no address says anything of an answer.
 */
@ApplicationScoped
public class QuestionPages {
    static final String CHECK_PAGE = "check-answers";
    static final String RESULT_PAGE = "result";

    @Inject
    Content content;
    @Inject
    Pages pages;

    /** templates/question.html, checkAnswers.html and result.html, type-checked at build time. */
    @CheckedTemplate(basePath = "")
    static class Templates {
        static native TemplateInstance question(Page page, QuestionView q);

        static native TemplateInstance checkAnswers(Page page, List<AnswerRow> rows, String backAction);

        static native TemplateInstance result(Page page, ExplainedAssessment result, LocalResult local, ActNowText now);
    }

    /**
     * @param given every valid answer the person gave, on the path or not: carried on, so that a change
     *              that opens a new branch finds the later answers already filled in
     */
    TemplateInstance question(Language language, Question q, Flow.Walk walk, Map<String, String> given,
                              Map<String, String> input, String errorCode, boolean review) {
        Wording w = pages.wording(language);
        String id = q.id();
        String f = q.field();
        List<QuestionView.Option> options = q.options().stream().map(o -> new QuestionView.Option(o,
                w.text(MessageKeys.questionOption(id, o)), w.optional(MessageKeys.questionOptionHint(id, o)).orElse(null),
                o.equals(input.get(f)), f + "-" + o.replace('_', '-'))).toList();
        Object min = q.min() == null ? 0 : q.min();
        Object max = q.max() == null ? 0 : q.max();
        String error = errorCode == null ? null
                : w.optional(MessageKeys.questionError(id, errorCode), "min", min, "max", max)
                .orElseGet(() -> w.text(MessageKeys.answerError(errorCode), "min", min, "max", max));
        String errorTarget = switch (q.type()) {
            case CHOICE -> options.get(0).inputId();
            case DATE -> f + (AnswerError.DATE_INCOMPLETE.equals(errorCode) && input.get(f + "-day") != null ? "-month" : "-day");
            default -> f;
        };
        int[] progress = new Progress(content.questionnaire()).of(q, walk.answered(), walk.kept());
        String back = review ? CHECK_PAGE : walk.before(q).map(Question::slug).orElse(null);
        QuestionView view = new QuestionView(id, f, q.type().name().toLowerCase(), w.text(MessageKeys.questionTitle(id)),
                w.optional(MessageKeys.questionHint(id)).orElse(null), w.optional(MessageKeys.questionSuffix(id)).orElse(null),
                options, input.get(f), input.get(f + "-day"), input.get(f + "-month"), input.get(f + "-year"),
                q.type() == QuestionType.DATE ? w.text(q.unknownDayIsEnd() ? "date.unknown_day.end" : "date.unknown_day.start") : null,
                error, errorTarget, w.text("common.progress", "number", progress[0], "total", progress[1]),
                "/" + language.code() + "/check", q.slug(), back, given.get(f), review);
        Map<String, String> carried = new LinkedHashMap<>(given);
        carried.remove(f);
        Page page = pages.withAnswers(language, view.title(), carried, "/check", q.slug(), error != null)
                .alsoCarrying(f, given.get(f));
        return Templates.question(page, view);
    }

    TemplateInstance checkAnswers(Language language, Flow.Walk walk, Map<String, String> given) {
        Wording w = pages.wording(language);
        List<AnswerRow> rows = answerRows(w, walk).stream().map(r -> new AnswerRow(r.label(), r.answer(), r.changeAction(),
                w.text("check.change_label", "question", r.label()))).toList();
        Question last = walk.answered().get(walk.answered().size() - 1);
        Page page = pages.withAnswers(language, w.text("check.title"), given, "/check", CHECK_PAGE, false);
        return Templates.checkAnswers(page, rows, last.slug());
    }

    /** The answers on the path, each as its short label and the answer in words (Change goes to its question). */
    public static List<AnswerRow> answerRows(Wording w, Flow.Walk walk) {
        List<AnswerRow> rows = new ArrayList<>();
        for (Question q : walk.answered()) {
            rows.add(new AnswerRow(w.text(MessageKeys.answerLabel(q.id())), answerText(w, q, walk.kept().get(q.field())),
                    q.slug(), null));
        }
        return rows;
    }

    /** The result page, also reached from a summary's QR code. */
    public TemplateInstance result(Language language, FormAssessor.Assessed assessed) {
        return result(language, assessed, null);
    }

    /**
     * The result page with the offices near the person when a postcode was posted (carried on in a
     * hidden field, like the answers); with the box's message when it is not a known postcode.
     */
    public TemplateInstance result(Language language, FormAssessor.Assessed assessed, String postcode) {
        Wording w = pages.wording(language);
        LocalHelp help = content.localHelp();
        LocalHelp.Lookup lookup = postcode == null ? null : help.lookup(postcode);
        boolean found = lookup != null && lookup.found();
        Map<String, String> carried = new LinkedHashMap<>(assessed.answers());
        if (found) {
            carried.put(LocalResult.FIELD, lookup.postcode());
        }
        Page page = pages.withAnswers(language, w.text("result.title"), carried, "/check", RESULT_PAGE,
                lookup != null && !found);
        ExplainedAssessment explained = Explanation.explain(assessed.assessment(), w);
        LocalResult local;
        if (found) {
            explained = explained.withSteps(LocalOffices.localSteps(explained.steps(), lookup, w, dateArgs(assessed)));
            local = new LocalResult(LocalOffices.of(lookup, help, w), null, lookup.postcode());
        } else {
            local = new LocalResult(null, lookup == null ? null : LocalOffices.problemText(lookup.problem(), w), postcode);
        }
        return Templates.result(page, explained, local, ActNowText.of(assessed.assessment(), w));
    }

    /** The assessment's key dates by id, as the steps' sentences name them. */
    public static Map<String, Object> dateArgs(FormAssessor.Assessed assessed) {
        Map<String, Object> args = new LinkedHashMap<>();
        assessed.assessment().dates().forEach(d -> args.put(d.id(), d.date()));
        return args;
    }

    private static String answerText(Wording w, Question q, String value) {
        return switch (q.type()) {
            case CHOICE -> w.text(MessageKeys.questionOption(q.id(), value));
            case NUMBER -> w.formats().number(Long.parseLong(value));
            case AMOUNT -> w.formats().euros(new BigDecimal(value));
            case DATE -> value.length() == 7
                    ? w.formats().monthYear(LocalDate.parse(value + "-01"))
                    : w.formats().date(LocalDate.parse(value));
        };
    }

    /** The form values that show a stored answer in the question's inputs. */
    static Map<String, String> valuesOf(Question q, Map<String, String> answers) {
        Map<String, String> values = new HashMap<>();
        String v = answers.get(q.field());
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

    /** Every posted answer that is valid for its question, whether on the person's path or not. */
    Map<String, String> given(Map<String, String> input, LocalDate today) {
        Map<String, String> given = new LinkedHashMap<>();
        for (Question q : content.questionnaire().questions()) {
            String v = AnswerParser.stored(q, input.get(q.field()), today);
            if (v != null) {
                given.put(q.field(), v);
            }
        }
        // A known postcode typed on the result goes along too, so that going back to check or change an
        // answer does not lose the offices near the person (an unknown one is not carried).
        String postcode = input.get(LocalResult.FIELD);
        if (postcode != null) {
            LocalHelp.Lookup lookup = content.localHelp().lookup(postcode);
            if (lookup.found()) {
                given.put(LocalResult.FIELD, lookup.postcode());
            }
        }
        return given;
    }
}
