package fr.ameguide.summary;

import fr.ameguide.config.SiteConfig;
import fr.ameguide.content.Content;
import fr.ameguide.content.LocalHelp;
import fr.ameguide.content.MessageKeys;
import fr.ameguide.eligibility.Assessment;
import fr.ameguide.eligibility.KeyDate;
import fr.ameguide.i18n.Language;
import fr.ameguide.localhelp.LocalOffices;
import fr.ameguide.localhelp.LocalResult;
import fr.ameguide.questionnaire.FormAssessor;
import fr.ameguide.questionnaire.QuestionPages;
import fr.ameguide.result.ExplainedAssessment;
import fr.ameguide.result.Explanation;
import fr.ameguide.result.Wording;
import fr.ameguide.web.Page;
import fr.ameguide.web.Pages;
import io.quarkus.qute.TemplateInstance;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/** What the printed summary says, built here so that {@link SummaryResource} has only HTTP to handle. */
@ApplicationScoped
class SummaryViews {

    @Inject
    Content content;
    @Inject
    Pages pages;
    @Inject
    SiteConfig site;
    @Inject
    ResultLink link;
    @Inject
    FormAssessor assessor;

    /** The offices of the postcode carried from the result page, or null (none, or not a known one). */
    LocalHelp.Lookup local(Map<String, String> input) {
        String postcode = input.get(LocalResult.FIELD);
        LocalHelp.Lookup lookup = postcode == null ? null : content.localHelp().lookup(postcode);
        return lookup != null && lookup.found() ? lookup : null;
    }

    TemplateInstance summary(Language language, FormAssessor.Assessed assessed, boolean forPdf,
                             boolean pdfUnavailable, LocalHelp.Lookup local) {
        Wording reader = pages.wording(language);
        Wording french = pages.wording(content.languages().source());
        Assessment a = assessed.assessment();
        ExplainedAssessment r = Explanation.explain(a, reader);
        ExplainedAssessment f = Explanation.explain(a, french);
        if (local != null) {
            r = r.withSteps(LocalOffices.localSteps(r.steps(), local, reader, QuestionPages.dateArgs(assessed)));
            f = f.withSteps(LocalOffices.localSteps(f.steps(), local, french, QuestionPages.dateArgs(assessed)));
        }
        List<SummaryView.Pair> blocks = new ArrayList<>();
        blocks.add(text("title", reader.text("summary.title"), french.text("summary.title")));
        blocks.add(text("meta", reader.text("summary.made_on", "date", a.asOf()), french.text("summary.made_on", "date", a.asOf())));
        // The clerk's box at the top of the first page: the facts and each condition ✓/✗, in French.
        blocks.add(new SummaryView.Pair("clerk", null, null, List.of()));
        SummaryView.Clerk clerk = ClerkBox.of(a, assessor.flow(a.asOf()).walk(assessed.answers()).kept(), french);
        blocks.add(text("outcome", r.outcomeTitle(), f.outcomeTitle()));
        blocks.add(text("text", r.outcomeText(), f.outcomeText()));
        if (r.procedureText() != null) {
            blocks.add(text("text", r.procedureText(), f.procedureText()));
        }
        if (r.people().size() > 1) {
            blocks.add(heading(reader, french, "result.people.title"));
            blocks.add(new SummaryView.Pair("list", null, null, paired(r.people().subList(1, r.people().size()),
                    f.people().subList(1, f.people().size()), ExplainedAssessment.PersonText::text, p -> null)));
        }
        // The conditions and the ceiling are in French in the clerk's box: here in the reader's language
        // only, across the page (none in French). The notes stay in both languages.
        List<SummaryView.Item> why = new ArrayList<>();
        if (!language.isSource()) {
            why.addAll(paired(r.reasons(), f.reasons(), c -> (c.met() ? "✓ " : "✗ ") + c.text(), c -> null));
            if (r.ceilingText() != null) {
                why.add(new SummaryView.Item(r.ceilingText(), null, null, null));
            }
        }
        List<SummaryView.Item> notes = paired(r.notes(), f.notes(), n -> n, n -> null);
        if (!why.isEmpty() || !notes.isEmpty()) {
            blocks.add(heading(reader, french, "result.why_title"));
            blocks.add(new SummaryView.Pair("alone", null, null, why));
            blocks.add(new SummaryView.Pair("list", null, null, notes));
        }
        if (!r.documents().isEmpty()) {
            blocks.add(heading(reader, french, "result.documents_title"));
            blocks.add(text("text", reader.text("result.documents_intro"), french.text("result.documents_intro")));
            List<SummaryView.Item> docs = new ArrayList<>();
            for (int i = 0; i < r.documents().size(); i++) {
                docs.add(new SummaryView.Item(r.documents().get(i).title(), f.documents().get(i).title(),
                        detail(reader, r.documents().get(i)), detail(french, f.documents().get(i))));
            }
            blocks.add(new SummaryView.Pair("checklist", null, null, docs));
        }
        if (!r.steps().isEmpty()) {
            blocks.add(heading(reader, french, "result.steps_title"));
            blocks.add(new SummaryView.Pair("steps", null, null, paired(r.steps(), f.steps(),
                    ExplainedAssessment.StepText::title, ExplainedAssessment.StepText::text)));
        }
        if (!r.dates().isEmpty()) {
            blocks.add(heading(reader, french, "result.dates_title"));
            blocks.add(new SummaryView.Pair("dates", null, null, paired(r.dates(), f.dates(),
                    ExplainedAssessment.DateText::label, ExplainedAssessment.DateText::text)));
        }
        blocks.add(heading(reader, french, "result.services_title"));
        blocks.add(new SummaryView.Pair("list", null, null, paired(r.services(), f.services(),
                // On paper, who to reach and how: what each does is on the result page.
                ExplainedAssessment.ServiceText::name, s -> OfficeBlocks.join(s.phoneText(), s.url()))));
        if (local != null) {
            OfficeBlocks.add(blocks, reader, french, local, content.localHelp());
        }
        // On paper the QR code stands beside the last lines (verified, draft, disclaimer), not below them.
        blocks.add(new SummaryView.Pair("qr", null, null, List.of()));
        blocks.add(text("meta", r.verifiedText(), f.verifiedText()));
        if (content.translations().drafts(language) > 0) {
            // The clerk reads, in French, that the other column is an unreviewed draft and the French prevails.
            blocks.add(text("draft", reader.text("footer.draft"), french.text("footer.draft")));
        }
        blocks.add(text("disclaimer", reader.text("summary.disclaimer"), french.text("summary.disclaimer")));

        // The public origin, never the request's Host: a forged Host must not reach a printed QR code.
        String address = site.link("/" + language.code() + "/summary/" + link.seal(assessed.answers(), a.asOf()));
        String qr = QrCode.svg(address, reader.text("summary.qr"));
        SummaryView view = new SummaryView(!language.isSource(),
                new SummaryView.Side(language.tag(), language.dir(), language.nativeName()),
                new SummaryView.Side("fr", "ltr", "Français"), blocks, clerk, qr, forPdf ? null : ShareLinks.share(reader, address),
                forPdf, forPdf ? PdfStyle.CSS : null);
        Map<String, String> carried = new LinkedHashMap<>(assessed.answers());
        if (local != null) {
            carried.put(LocalResult.FIELD, local.postcode());
        }
        Page page = pages.withAnswers(language, reader.text("summary.title"), carried, "/summary", null, false);
        Page frenchPage = pages.page(content.languages().source(), french.text("summary.title"), "/");
        return SummaryResource.Templates.summary(page, frenchPage, view, pdfUnavailable);
    }

    /** The key dates worth a reminder, as an iCalendar file in the reader's language. */
    String calendar(Language language, Assessment assessment) {
        Wording w = pages.wording(language);
        List<CalendarFile.Event> events = new ArrayList<>();
        for (KeyDate d : assessment.dates()) {
            if (d.reminder()) {
                events.add(new CalendarFile.Event(d.date(), w.text(MessageKeys.calendar(d.id())), w.text("calendar.description")));
            }
        }
        return CalendarFile.write(events, language.code(), ZonedDateTime.now(ZoneId.of("Europe/Paris")));
    }

    private static String detail(Wording w, ExplainedAssessment.DocumentText d) {
        List<String> parts = new ArrayList<>();
        if (d.hint() != null) {
            parts.add(d.hint());
        }
        if (!d.alternatives().isEmpty()) {
            parts.add(w.text("result.alternatives_inline", "papers", w.formats().orList(d.alternatives())));
        }
        return parts.isEmpty() ? null : String.join(" ", parts);
    }

    /** The same items in both languages, paired line by line (the two lists come from one assessment). */
    private static <T> List<SummaryView.Item> paired(List<T> reader, List<T> french, Function<T, String> title,
                                                     Function<T, String> detail) {
        List<SummaryView.Item> items = new ArrayList<>();
        for (int i = 0; i < reader.size(); i++) {
            items.add(new SummaryView.Item(title.apply(reader.get(i)), title.apply(french.get(i)),
                    detail.apply(reader.get(i)), detail.apply(french.get(i))));
        }
        return items;
    }

    static SummaryView.Pair text(String kind, String reader, String french) {
        return new SummaryView.Pair(kind, reader, french, List.of());
    }

    static SummaryView.Pair heading(Wording reader, Wording french, String key) {
        return new SummaryView.Pair("heading", reader.text(key), french.text(key), List.of());
    }
}
