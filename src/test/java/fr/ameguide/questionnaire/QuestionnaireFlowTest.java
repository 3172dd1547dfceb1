package fr.ameguide.questionnaire;

import fr.ameguide.testing.TestDay;
import fr.ameguide.testing.TestPerson;
import io.quarkus.test.junit.QuarkusTest;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static fr.ameguide.testing.Sentences.en;

/** The questionnaire walked by real form posts, to every outcome and procedure, in English. */
@QuarkusTest
class QuestionnaireFlowTest {
    static final LocalDate TODAY = TestDay.TODAY;

    /**
     * A person's answers, question by question: an adult without a permit, arrived on {@code arrival}, with
     * {@code resources}, not joining an AME holder, with the answers some paths only ask (after a recent
     * arrival, over the ceiling).
     */
    static Map<String, Map<String, String>> adult(String resources, String arrival) {
        return TestPerson.adultWithoutPermit(TODAY).arrivedOn(LocalDate.parse(arrival)).resources(resources)
                .with("joiningAmeHolder", "no").answersIfAsked().byQuestion();
    }

    /** Answers each question the page asks, until "Check your answers"; fails on a question not planned. */
    static FormWalker walk(String lang, Map<String, Map<String, String>> answers) {
        FormWalker w = new FormWalker().open("/" + lang + "/check/presence");
        for (int i = 0; i < 30; i++) {
            Element form = w.page.selectFirst("main form[method=post]");
            assertEquals("/" + lang + "/check", form.attr("action"), "every post goes to one address");
            Element named = form.selectFirst("input[name=_question]");
            if (named == null) {
                assertEquals("result", form.selectFirst("button.button").attr("value"));
                return w;
            }
            String question = named.attr("value").replace('-', '_');
            Map<String, String> answer = answers.get(question);
            assertNotNull(answer, "not expected to be asked: " + question);
            w.answer(answer);
            assertEquals(200, w.status(), () -> "answering " + question + ": " + w.page.select(".error-message").text());
        }
        throw new AssertionError("the questionnaire did not end");
    }

    static FormWalker result(String lang, Map<String, Map<String, String>> answers) {
        FormWalker w = walk(lang, answers);
        assertEquals(en("check.title"), w.h1());
        w.press(w.page.selectFirst("main form button.button"));
        assertEquals(200, w.status());
        assertTrue(w.page.title().startsWith(en("result.title")), w.page.title());
        assertEquals(outcome(w), w.h1(), "the outcome is the page's heading, in the box that comes first");
        return w;
    }

    static String outcome(FormWalker w) {
        return w.page.select(".outcome").text();
    }

    @Test
    void anAdultWhoMeetsEveryConditionIsEligibleAndToldWhatToBring() {
        FormWalker w = result("en", adult("9 500", TODAY.minusMonths(8).toString()));
        assertEquals(en("outcome.AME_ELIGIBLE.title"), outcome(w));
        assertTrue(w.page.select("main").text().contains(en("procedure.FIRST_APPLICATION")));
        List<String> why = w.page.select(".reasons li").eachText();
        assertTrue(w.page.select(".reasons li.met").eachText().stream().anyMatch(t -> t.endsWith(
                en("reason.three_months.met", "since", TODAY.minusMonths(8)))), why.toString());
        assertTrue(why.stream().anyMatch(t -> t.startsWith(en("result.condition_met")) && t.contains("€9,500")), why.toString());
        List<String> steps = w.page.select(".steps h3").eachText();
        assertTrue(steps.contains(en("step.file_in_person.title")), steps.toString());
        List<String> docs = w.page.select(".checklist > li > strong").eachText();
        assertEquals(5, docs.size(), docs.toString());
        assertEquals(en("doc.application_form.title"), docs.get(0));
        assertFalse(docs.contains(en("doc.sworn_statement_no_passport.title")), "a passport needs no sworn statement");
        assertTrue(w.page.select(".dates dt").eachText().contains(en("date.decisionExpectedBy.label")));
        assertTrue(w.page.select(".services strong").eachText().stream().anyMatch(s -> s.startsWith("CPAM")));
        assertTrue(w.page.text().contains("Rules checked on"));
        assertEquals("no-store", w.last.header("Cache-Control"));
    }

    @Test
    void aRecentArrivalIsToldTheDayRightsStartAndWhereToGoMeanwhile() {
        LocalDate arrival = TODAY.minusMonths(1);
        FormWalker w = result("en", adult("0", arrival.toString()));
        assertTrue(w.page.selectFirst("h1.outcome").hasClass("icon-ame_eligible_later"), outcome(w));
        assertEquals(w.page.selectFirst("h1.outcome").text(), outcome(w));
        assertTrue(w.page.select(".steps h3").eachText().contains(en("step.urgent_care_at_hospital.title")));
    }

    @Test
    void resourcesOverTheCeilingComeFirst() {
        FormWalker w = result("en", adult("50000", TODAY.minusMonths(1).toString()));
        assertEquals(en("outcome.AME_RESOURCES_TOO_HIGH.title"), outcome(w));
        assertTrue(w.page.select(".reasons li.not-met").eachText().stream().anyMatch(t -> t.contains("€50,000")), "the resources counted, not met");
        assertTrue(w.page.select(".checklist").isEmpty(), "no documents when AME does not fit");
    }

    @Test
    void visitorsAreToldOfHumanitarianAme() {
        FormWalker w = result("en", Map.of("presence", Map.of("presence", "visiting")));
        assertEquals(en("outcome.AME_HUMANITARIAN.title"), outcome(w));
    }

    @Test
    void mayotteHasNoAme() {
        FormWalker w = result("en", Map.of("presence", Map.of("presence", "lives_in_france"),
                "territory", Map.of("territory", "mayotte")));
        assertEquals(en("outcome.NOT_AVAILABLE_MAYOTTE.title"), outcome(w));
    }

    @Test
    void asylumSeekersAreSentToPuma() {
        FormWalker w = result("en", Map.of("presence", Map.of("presence", "lives_in_france"),
                "territory", Map.of("territory", "overseas"), "status", Map.of("status", "asylum_seeker")));
        assertEquals(en("outcome.PUMA_INSTEAD.title"), outcome(w));
        assertTrue(w.page.select(".steps h3").eachText().contains(en("step.asylum_puma_after_three_months.title")));
    }

    @Test
    void aChildIsAskedNeitherArrivalNorResources() {
        Map<String, Map<String, String>> child = TestPerson.child()
                .with("housing", "no_fixed_address", "identityDocument", "other", "urgentCare", "yes").byQuestion();
        FormWalker w = result("en", child);
        assertEquals(en("outcome.AME_ELIGIBLE.title"), outcome(w));
        assertTrue(w.page.select(".reasons li.met").eachText().stream().anyMatch(t -> t.endsWith(en("reason.minor.met"))));
        List<String> docs = w.page.select(".checklist > li > strong").eachText();
        assertTrue(docs.contains(en("doc.domiciliation_certificate.title")), docs.toString());
        assertTrue(docs.contains(en("doc.medical_certificate.title")), docs.toString());
    }

    private static Map<String, Map<String, String>> withAme(String ame, String question, LocalDate date) {
        Map<String, Map<String, String>> answers = adult("1000", TODAY.minusYears(2).toString());
        answers.put("ame", Map.of("ame", ame));
        answers.put(question, TestPerson.dateFields("ameDate", date));
        return answers;
    }

    @Test
    void eachProcedureIsReached() {
        assertEquals(en("procedure.RENEWAL"), procedure(result("en", withAme("active", "card_end_date", TODAY.plusMonths(1)))));
        assertEquals(en("procedure.NEW_APPLICATION"),
                procedure(result("en", withAme("expired", "card_ended_date", TODAY.minusMonths(6)))));
        assertEquals(en("procedure.APPEAL"), procedure(result("en", withAme("refused", "refusal_date", TODAY.minusDays(10)))));
        FormWalker waiting = result("en", withAme("pending", "filing_date", TODAY.minusDays(10)));
        assertEquals(en("procedure.WAIT_FOR_DECISION"), procedure(waiting));
        assertTrue(waiting.page.select(".checklist > li > strong").eachText().contains(en("doc.filing_receipt.title")));
    }

    private static String procedure(FormWalker w) {
        return w.page.select("main p.procedure").text();
    }

    @Test
    void theBackLinkReturnsToThePreviousQuestionWithItsAnswer() {
        FormWalker w = new FormWalker().open("/en/check/presence").answer("presence", "lives_in_france")
                .answer("territory", "overseas");
        assertEquals(en("question.status.title"), w.h1());
        w.back();
        assertEquals(en("question.territory.title"), w.h1());
        assertEquals("overseas", w.page.selectFirst("input[name=territory][checked]").attr("value"));
        w.back();
        assertEquals(en("question.presence.title"), w.h1());
        assertEquals("/en/", w.page.selectFirst("a.back").attr("href"), "the first question goes back to the start page");
    }

    @Test
    void changeReturnsToTheCheckPageKeepingLaterAnswers() {
        FormWalker w = walk("en", adult("9500", TODAY.minusYears(1).toString()));
        Element change = w.page.select(".summary-row").stream()
                .filter(r -> r.selectFirst("dt").text().equals(en("answer.partner.label"))).findFirst().orElseThrow()
                .selectFirst("button");
        w.press(change);
        assertEquals(en("question.partner.title"), w.h1());
        assertNotNull(w.page.selectFirst("main form input[name=_return][value=check]"));
        w.answer("partner", "yes");
        assertEquals("partner-regular-status", w.page.selectFirst("main form input[name=_question]").attr("value"),
                "a partner brings the question of their status");
        w.answer("partnerRegularStatus", "no");
        assertEquals(en("check.title"), w.h1());
        Map<String, String> rows = new LinkedHashMap<>();
        w.page.select(".summary-row").forEach(r -> rows.put(r.selectFirst("dt").text(), r.selectFirst("dd").text()));
        assertEquals("Yes", rows.get(en("answer.partner.label")));
        assertEquals("€9,500", rows.get("Household resources over 12 months"), "later answers are kept");
        assertEquals(en("question.ame.option.never"), rows.get(en("answer.ame.label")));
    }

    @Test
    void aChangeThatOpensANewBranchAsksTheNewQuestionThenReturns() {
        FormWalker w = walk("en", adult("9500", TODAY.minusYears(1).toString()));
        w.press(w.page.select(".summary-row").stream().filter(r -> r.selectFirst("dt").text().equals(en("answer.ame.label")))
                .findFirst().orElseThrow().selectFirst("button"));
        w.answer("ame", "refused");
        assertEquals(en("question.refusal_date.title"), w.h1());
        LocalDate d = TODAY.minusDays(3);
        w.answer(TestPerson.dateFields("ameDate", d));
        assertEquals(en("check.title"), w.h1());
    }

    /** Each kind of bad answer: the error summary, the field's message, "Error:" in the title, a 400. */
    @Test
    void badAnswersGetAnErrorSummaryLinkedToTheField() {
        assertError(new FormWalker().open("/en/check/presence").answer(Map.of()),
                en("question.presence.error.required"), "presence-lives-in-france");
        FormWalker toAge = new FormWalker().open("/en/check/presence").answer("presence", "lives_in_france")
                .answer("territory", "metropole").answer("status", "no_permit");
        assertError(toAge.answer("age", "thirty"), en("error.number_invalid"), "age");
        assertError(toAge.answer("age", "130"), "Write a number between 0 and 120.", "age");
        FormWalker toArrival = toAge.answer("age", "40");
        assertError(toArrival.answer(Map.of("arrivalDate-day", "31", "arrivalDate-month", "2", "arrivalDate-year", "2025")),
                en("error.date_invalid"), "arrivalDate-day");
        assertError(toArrival.answer(Map.of("arrivalDate-day", "3", "arrivalDate-month", "", "arrivalDate-year", "2025")),
                en("error.date_incomplete"), "arrivalDate-month");
        LocalDate future = TODAY.plusMonths(2);
        assertError(toArrival.answer(Map.of("arrivalDate-day", "1", "arrivalDate-month", "" + future.getMonthValue(),
                "arrivalDate-year", "" + future.getYear())), en("error.date_future"), "arrivalDate-day");
        assertEquals(String.valueOf(future.getYear()), toArrival.page.selectFirst("#arrivalDate-year").attr("value"),
                "what was typed is shown back");
        FormWalker toResources = toArrival.answer(Map.of("arrivalDate-day", "", "arrivalDate-month", "1", "arrivalDate-year", "2024"))
                .answer("hadRegularStay", "no").answer("partner", "no").answer("children", "0");
        assertEquals("How much did your household receive in total over the last 12 months?", toResources.h1());
        assertError(toResources.answer("householdResources", "a lot"), en("error.amount_invalid"),
                "householdResources");
    }

    private static void assertError(FormWalker w, String message, String target) {
        assertEquals(400, w.status());
        assertTrue(w.page.title().startsWith("Error: "), w.page.title());
        Element summary = w.page.selectFirst(".error-summary");
        assertNotNull(summary, "error summary");
        Element link = summary.selectFirst("a");
        assertEquals(message, link.text());
        assertEquals("#" + target, link.attr("href"));
        assertNotNull(w.page.getElementById(target), "the summary links to a field of the page");
        assertTrue(w.page.select(".error-message").text().endsWith(message));
    }

    @Test
    void aLaterQuestionCannotBeOpenedWithoutTheAnswersBeforeIt() {
        FormWalker w = new FormWalker().open("/en/check/household-resources");
        assertEquals(en("question.presence.title"), w.h1());
        FormWalker forged = new FormWalker().open("/en/check/presence");
        forged.page.selectFirst("main form input[name=_question]").attr("value", "household-resources");
        forged.answer("householdResources", "100");
        assertEquals(400, forged.status());
        assertNull(forged.page.selectFirst(".error-summary"));
        assertTrue(forged.page.text().contains(en("error.answers_lost")), forged.page.text());
    }

    @Test
    void switchingLanguageMidwayKeepsThePlaceAndTheAnswers() {
        FormWalker w = new FormWalker().open("/en/check/presence").answer("presence", "lives_in_france")
                .answer("territory", "overseas").answer("status", "no_permit");
        assertEquals(en("question.age.title"), w.h1());
        Element arabic = w.page.selectFirst("nav.languages button[lang=ar]");
        assertEquals("/ar/check", arabic.attr("formaction"));
        assertEquals("age", arabic.attr("value"));
        w.press(arabic);
        assertEquals(200, w.status());
        assertEquals("ar", w.page.selectFirst("html").attr("lang"));
        assertEquals("rtl", w.page.selectFirst("html").attr("dir"));
        assertEquals("age", w.page.selectFirst("main form input[name=_question]").attr("value"));
        w.answer("age", "٤٠");
        assertEquals("arrival-date", w.page.selectFirst("main form input[name=_question]").attr("value"));
        w.back();
        assertEquals("40", w.page.selectFirst("input[name=age]").attr("value"));
        w.back();
        assertEquals("no_permit", w.page.selectFirst("input[name=status][checked]").attr("value"), "earlier answers kept");
    }

    /**
     * Correcting the arrival date from the check page to a recent one makes a new question appear
     * (joining someone who has the AME); once answered, every later answer is still there.
     */
    @Test
    void changingTheArrivalDateOpensANewQuestionAndKeepsEveryLaterAnswer() {
        FormWalker w = walk("en", adult("9500", TODAY.minusYears(1).toString()));
        Map<String, String> before = rows(w);
        w.press(w.page.select(".summary-row").stream().filter(r -> r.selectFirst("dt").text().equals(en("answer.arrival_date.label")))
                .findFirst().orElseThrow().selectFirst("button"));
        assertEquals("arrival-date", w.page.selectFirst("main form input[name=_question]").attr("value"));
        LocalDate recent = TODAY.minusMonths(1);
        w.answer(TestPerson.dateFields("arrivalDate", recent));
        assertEquals("visa-exempt", w.page.selectFirst("main form input[name=_question]").attr("value"),
                "a recent arrival opens new questions");
        w.answer("visaExempt", "no");
        assertEquals("joining-ame-holder", w.page.selectFirst("main form input[name=_question]").attr("value"));
        w.answer("joiningAmeHolder", "no");
        assertEquals(en("check.title"), w.h1());
        Map<String, String> after = rows(w);
        assertEquals(before.size() + 2, after.size(), after.toString());
        before.forEach((label, answer) -> {
            if (!label.equals(en("answer.arrival_date.label"))) {
                assertEquals(answer, after.get(label), "kept: " + label);
            }
        });
    }

    /** Going back to an early question and choosing another way shows the later questions filled in. */
    @Test
    void laterQuestionsShownAgainArePreFilled() {
        FormWalker w = new FormWalker().open("/en/check").answer("presence", "lives_in_france")
                .answer("territory", "metropole").answer("status", "no_permit").answer("age", "34");
        LocalDate a = TODAY.minusYears(1);
        w.answer(TestPerson.dateFields("arrivalDate", a)).answer("hadRegularStay", "no").answer("partner", "yes");
        assertEquals("partner-regular-status", w.page.selectFirst("main form input[name=_question]").attr("value"));
        w.answer("partnerRegularStatus", "no");
        assertEquals("children", w.page.selectFirst("main form input[name=_question]").attr("value"));
        w.back().back().back().back();
        assertEquals("arrival-date", w.page.selectFirst("main form input[name=_question]").attr("value"));
        w.answer(Map.of());
        assertEquals("had-regular-stay", w.page.selectFirst("main form input[name=_question]").attr("value"), w.page.text());
        assertEquals("no", w.page.selectFirst("input[name=hadRegularStay][checked]").attr("value"));
        w.answer("hadRegularStay", "no");
        assertEquals("yes", w.page.selectFirst("input[name=partner][checked]").attr("value"), "a later answer is pre-filled");
    }

    /** Along a whole walk the count only goes forward: n grows by one, the total never grows. */
    @Test
    void progressNeverGoesBackwards() {
        Map<String, Map<String, String>> answers = adult("9500", TODAY.minusMonths(1).toString());
        FormWalker w = new FormWalker().open("/en/check");
        int lastNumber = 0;
        int lastTotal = Integer.MAX_VALUE;
        for (int i = 0; i < 30; i++) {
            Element named = w.page.selectFirst("main form input[name=_question]");
            if (named == null) {
                break;
            }
            String[] p = w.page.selectFirst(".progress").text().replaceAll("[^0-9 ]", "").trim().split(" +");
            int number = Integer.parseInt(p[0]);
            int total = Integer.parseInt(p[1]);
            assertEquals(lastNumber + 1, number, w.page.selectFirst(".progress").text());
            assertTrue(total <= lastTotal, "total " + total + " after " + lastTotal);
            assertTrue(number <= total);
            lastNumber = number;
            lastTotal = total;
            w.answer(answers.get(named.attr("value").replace('-', '_')));
        }
        assertEquals(en("check.title"), w.h1());
    }

    private static Map<String, String> rows(FormWalker w) {
        Map<String, String> rows = new LinkedHashMap<>();
        w.page.select(".summary-row").forEach(r -> rows.put(r.selectFirst("dt").text(), r.selectFirst("dd").text()));
        return rows;
    }

    @Test
    void progressIsShown() {
        FormWalker w = new FormWalker().open("/en/check/presence").answer("presence", "lives_in_france");
        assertTrue(w.page.selectFirst(".progress").text().matches("Question 2 of \\d+"), w.page.selectFirst(".progress").text());
    }
}
