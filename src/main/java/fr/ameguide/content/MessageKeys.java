package fr.ameguide.content;

import fr.ameguide.eligibility.FigureStatus;
import fr.ameguide.eligibility.Outcome;
import fr.ameguide.eligibility.Person;
import fr.ameguide.eligibility.Procedure;
import fr.ameguide.eligibility.Territory;
import fr.ameguide.eligibility.Who;

/**
 * The one place where sentence keys are composed, one method per family: a key made of an id (an
 * outcome, a reason, a document...) is made here and nowhere else. {@link KeyFamilies} enumerates each
 * family's ids at start, and each key must have its French text.
 */
public final class MessageKeys {
    private MessageKeys() {
    }

    public static String outcomeTitle(Outcome o) {
        return "outcome." + o.name() + ".title";
    }

    public static String outcomeText(Outcome o) {
        return "outcome." + o.name() + ".text";
    }

    /** Every procedure but NONE, which says nothing. */
    public static String procedure(Procedure p) {
        return "procedure." + p.name();
    }

    /** @param id a {@link fr.ameguide.eligibility.Reason.Id}'s code */
    public static String reason(String id, boolean met) {
        return "reason." + id + (met ? ".met" : ".not_met");
    }

    /** A condition as the CPAM's clerk reads it on the printed summary, in French only. */
    public static String clerkReason(String id, boolean met) {
        return "clerk." + reason(id, met);
    }

    /** @param id a {@link fr.ameguide.eligibility.KeyDate.Id}'s id */
    public static String dateLabel(String id) {
        return "date." + id + ".label";
    }

    /** The calendar reminder of a key date worth one ({@link fr.ameguide.eligibility.KeyDate.Id#reminder()}). */
    public static String calendar(String id) {
        return "calendar." + id;
    }

    public static String person(Who who, Person.Cover cover) {
        return "person." + who.code() + "." + cover.code();
    }

    /** A territory with a table of resource ceilings. */
    public static String territory(Territory t) {
        return "territory." + t.code();
    }

    public static String figureStatus(FigureStatus s) {
        return "figure.status." + s.code();
    }

    public static String actNowIcon(Outcome o) {
        return "actnow.icon." + o.name();
    }

    /** @param id an {@link fr.ameguide.eligibility.ActNow.Id}'s code */
    public static String actNowAction(String id) {
        return "actnow.action." + id;
    }

    /** @param id a phone of content/phones.yaml */
    public static String actNowPhone(String id) {
        return "actnow.phone." + id;
    }

    public static String docTitle(String id) {
        return "doc." + id + ".title";
    }

    /** Optional: a document may have no hint. */
    public static String docHint(String id) {
        return "doc." + id + ".hint";
    }

    public static String docAlternative(String id, String alternative) {
        return "doc." + id + ".alt." + alternative;
    }

    public static String stepTitle(String id) {
        return "step." + id + ".title";
    }

    public static String stepText(String id) {
        return "step." + id + ".text";
    }

    public static String serviceName(String id) {
        return "service." + id + ".name";
    }

    public static String serviceText(String id) {
        return "service." + id + ".text";
    }

    public static String guideTitle(String pageId) {
        return "guide." + pageId + ".title";
    }

    public static String guideSummary(String pageId) {
        return "guide." + pageId + ".summary";
    }

    public static String glossaryDefinition(String termId) {
        return "glossary." + termId + ".definition";
    }

    public static String questionTitle(String id) {
        return "question." + id + ".title";
    }

    /** Optional. */
    public static String questionHint(String id) {
        return "question." + id + ".hint";
    }

    /** Optional: the unit after the input (years, euros). */
    public static String questionSuffix(String id) {
        return "question." + id + ".suffix";
    }

    public static String questionOption(String id, String option) {
        return "question." + id + ".option." + option;
    }

    /** Optional. */
    public static String questionOptionHint(String id, String option) {
        return "question." + id + ".option." + option + ".hint";
    }

    /** The question's own sentence for an {@link AnswerError}; without one, {@link #answerError}. */
    public static String questionError(String id, String code) {
        return "question." + id + ".error." + code;
    }

    /** The general sentence for an {@link AnswerError}. */
    public static String answerError(String code) {
        return "error." + code;
    }

    /** The question's short label on "check your answers". */
    public static String answerLabel(String id) {
        return "answer." + id + ".label";
    }

    public static String modelTitle(String id) {
        return "model." + id + ".title";
    }

    public static String modelUse(String id) {
        return "model." + id + ".use";
    }

    /** @param line from 1 */
    public static String modelLine(String id, int line) {
        return "model." + id + ".line" + line;
    }

    /** @param code one of {@link fr.ameguide.eligibility.Problem#CODES} */
    public static String apiError(String code) {
        return "api.error." + code;
    }

    /** @param name one of {@link fr.ameguide.eligibility.Problem#fields()} */
    public static String field(String name) {
        return "field." + name;
    }

    public static String localHelpError(LocalHelp.Problem p) {
        return "localhelp.error." + p.name().toLowerCase(java.util.Locale.ROOT);
    }
}
