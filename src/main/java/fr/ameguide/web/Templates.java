package fr.ameguide.web;

import fr.ameguide.content.GuidePage;
import fr.ameguide.guide.GuideView;
import fr.ameguide.localhelp.LocalOffices;
import fr.ameguide.localhelp.LocalPartners;
import fr.ameguide.localhelp.LocalResult;
import fr.ameguide.questionnaire.AnswerRow;
import fr.ameguide.questionnaire.QuestionView;
import fr.ameguide.result.ActNowText;
import fr.ameguide.result.ExplainedAssessment;
import fr.ameguide.summary.SummaryView;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

import java.util.List;

/** The pages, type-checked at build time: a wrong expression fails the build. */
@CheckedTemplate
public class Templates {
    public static native TemplateInstance home(Page page, List<GuideLink> guides);

    public static native TemplateInstance guideIndex(Page page, List<GuideLink> guides);

    public static native TemplateInstance guidePage(Page page, GuidePage guide, GuideView view);

    public static native TemplateInstance question(Page page, QuestionView q);

    public static native TemplateInstance checkAnswers(Page page, List<AnswerRow> rows, String backAction);

    public static native TemplateInstance result(Page page, ExplainedAssessment result, LocalResult local, ActNowText now);

    public static native TemplateInstance localHelp(Page page, LocalOffices offices, String error, String value);

    public static native TemplateInstance localPartners(Page page, LocalPartners partners);

    public static native TemplateInstance error(Page page, String heading, String text);

    public static native TemplateInstance summary(Page page, Page french, SummaryView v, boolean pdfUnavailable);

    /** A guidance page in a list: its address, title and one-line summary. */
    public record GuideLink(String href, String title, String summary) {
    }
}
