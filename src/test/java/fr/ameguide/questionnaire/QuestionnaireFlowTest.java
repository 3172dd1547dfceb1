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
        assertEquals("Check your answers", w.h1());
        w.press(w.page.selectFirst("main form button.button"));
        assertEquals(200, w.status());
        assertTrue(w.page.title().startsWith("Your result"), w.page.title());
        assertEquals(outcome(w), w.h1(), "the outcome is the page's heading, in the box that comes first");
        return w;
    }

    static String outcome(FormWalker w) {
        return w.page.select(".outcome").text();
    }

    @Test
    void anAdultWhoMeetsEveryConditionIsEligibleAndToldWhatToBring() {
        FormWalker w = result("en", adult("9 500", TODAY.minusMonths(8).toString()));
        assertEquals("You can get AME.", outcome(w));
        assertTrue(w.page.select("main").text().contains("This is your first AME application."));
        List<String> why = w.page.select(".reasons li").eachText();
        assertTrue(why.stream().anyMatch(t -> t.contains("more than 3 months")), why.toString());
        assertTrue(why.stream().anyMatch(t -> t.startsWith("Condition met:") && t.contains("€9,500")), why.toString());
        List<String> steps = w.page.select(".steps h3").eachText();
        assertTrue(steps.contains("Hand in your application yourself, in person"), steps.toString());
        List<String> docs = w.page.select(".checklist > li > strong").eachText();
        assertEquals(5, docs.size(), docs.toString());
        assertTrue(docs.get(0).startsWith("The AME application form"));
        assertFalse(docs.stream().anyMatch(d -> d.contains("attestation sur l’honneur")), "a passport needs no sworn statement");
        assertTrue(w.page.select(".dates dt").eachText().contains("Answer expected by"));
        assertTrue(w.page.select(".services strong").eachText().stream().anyMatch(s -> s.startsWith("CPAM")));
        assertTrue(w.page.text().contains("Rules checked on"));
        assertEquals("no-store", w.last.header("Cache-Control"));
    }

    @Test
    void aRecentArrivalIsToldTheDayRightsStartAndWhereToGoMeanwhile() {
        LocalDate arrival = TODAY.minusMonths(1);
        FormWalker w = result("en", adult("0", arrival.toString()));
        assertTrue(outcome(w).startsWith("You will be able to get AME from"), outcome(w));
        assertTrue(w.page.select(".steps h3").eachText().contains("For soins urgents (urgent care), go to the hospital"));
    }

    @Test
    void resourcesOverTheCeilingComeFirst() {
        FormWalker w = result("en", adult("50000", TODAY.minusMonths(1).toString()));
        assertEquals("Your household’s resources are above the AME ceiling.", outcome(w));
        assertTrue(w.page.select(".reasons .not-met").text().contains("above the ceiling"));
        assertTrue(w.page.select(".checklist").isEmpty(), "no documents when AME does not fit");
    }

    @Test
    void visitorsAreToldOfHumanitarianAme() {
        FormWalker w = result("en", Map.of("presence", Map.of("presence", "visiting")));
        assertEquals("You do not live in France: only humanitarian AME is possible.", outcome(w));
    }

    @Test
    void mayotteHasNoAme() {
        FormWalker w = result("en", Map.of("presence", Map.of("presence", "lives_in_france"),
                "territory", Map.of("territory", "mayotte")));
        assertEquals("AME does not exist in Mayotte.", outcome(w));
    }

    @Test
    void asylumSeekersAreSentToPuma() {
        FormWalker w = result("en", Map.of("presence", Map.of("presence", "lives_in_france"),
                "territory", Map.of("territory", "overseas"), "status", Map.of("status", "asylum_seeker")));
        assertEquals("AME is not for you: the Assurance Maladie (French public health insurance) can cover you through PUMa.", outcome(w));
        assertTrue(w.page.select(".steps h3").eachText().contains("Ask for PUMa after 3 months in France"));
    }

    @Test
    void aChildIsAskedNeitherArrivalNorResources() {
        Map<String, Map<String, String>> child = TestPerson.child()
                .with("housing", "no_fixed_address", "identityDocument", "other", "urgentCare", "yes").byQuestion();
        FormWalker w = result("en", child);
        assertEquals("You can get AME.", outcome(w));
        assertTrue(w.page.select(".reasons").text().contains("You are under 18"));
        List<String> docs = w.page.select(".checklist > li > strong").eachText();
        assertTrue(docs.stream().anyMatch(d -> d.contains("domiciliation")), docs.toString());
        assertTrue(docs.stream().anyMatch(d -> d.contains("medical certificate")), docs.toString());
    }

    private static Map<String, Map<String, String>> withAme(String ame, String question, LocalDate date) {
        Map<String, Map<String, String>> answers = adult("1000", TODAY.minusYears(2).toString());
        answers.put("ame", Map.of("ame", ame));
        answers.put(question, TestPerson.dateFields("ameDate", date));
        return answers;
    }

    @Test
    void eachProcedureIsReached() {
        assertEquals("You can renew your AME.", procedure(result("en", withAme("active", "card_end_date", TODAY.plusMonths(1)))));
        assertEquals("You need to make a new AME application.",
                procedure(result("en", withAme("expired", "card_ended_date", TODAY.minusMonths(6)))));
        assertEquals("You can challenge the decision.", procedure(result("en", withAme("refused", "refusal_date", TODAY.minusDays(10)))));
        FormWalker waiting = result("en", withAme("pending", "filing_date", TODAY.minusDays(10)));
        assertEquals("Your application is being processed: wait for the answer.", procedure(waiting));
        assertTrue(waiting.page.select(".checklist").text().contains("filing receipt"));
    }

    private static String procedure(FormWalker w) {
        return w.page.select("main p.procedure").text();
    }

    @Test
    void theBackLinkReturnsToThePreviousQuestionWithItsAnswer() {
        FormWalker w = new FormWalker().open("/en/check/presence").answer("presence", "lives_in_france")
                .answer("territory", "overseas");
        assertEquals("What is your residence situation?", w.h1());
        w.back();
        assertEquals("Where do you live?", w.h1());
        assertEquals("overseas", w.page.selectFirst("input[name=territory][checked]").attr("value"));
        w.back();
        assertEquals("Do you live in France?", w.h1());
        assertEquals("/en/", w.page.selectFirst("a.back").attr("href"), "the first question goes back to the start page");
    }

    @Test
    void changeReturnsToTheCheckPageKeepingLaterAnswers() {
        FormWalker w = walk("en", adult("9500", TODAY.minusYears(1).toString()));
        Element change = w.page.select(".summary-row").stream()
                .filter(r -> r.selectFirst("dt").text().equals("Lives as a couple")).findFirst().orElseThrow()
                .selectFirst("button");
        w.press(change);
        assertEquals("Do you live as a couple?", w.h1());
        assertNotNull(w.page.selectFirst("main form input[name=_return][value=check]"));
        w.answer("partner", "yes");
        assertEquals("partner-regular-status", w.page.selectFirst("main form input[name=_question]").attr("value"),
                "a partner brings the question of their status");
        w.answer("partnerRegularStatus", "no");
        assertEquals("Check your answers", w.h1());
        Map<String, String> rows = new LinkedHashMap<>();
        w.page.select(".summary-row").forEach(r -> rows.put(r.selectFirst("dt").text(), r.selectFirst("dd").text()));
        assertEquals("Yes", rows.get("Lives as a couple"));
        assertEquals("€9,500", rows.get("Household resources over 12 months"), "later answers are kept");
        assertEquals("No, never", rows.get("AME application"));
    }

    @Test
    void aChangeThatOpensANewBranchAsksTheNewQuestionThenReturns() {
        FormWalker w = walk("en", adult("9500", TODAY.minusYears(1).toString()));
        w.press(w.page.select(".summary-row").stream().filter(r -> r.selectFirst("dt").text().equals("AME application"))
                .findFirst().orElseThrow().selectFirst("button"));
        w.answer("ame", "refused");
        assertEquals("On what day did you receive the refusal?", w.h1());
        LocalDate d = TODAY.minusDays(3);
        w.answer(TestPerson.dateFields("ameDate", d));
        assertEquals("Check your answers", w.h1());
    }

    /** Each kind of bad answer: the error summary, the field's message, "Error:" in the title, a 400. */
    @Test
    void badAnswersGetAnErrorSummaryLinkedToTheField() {
        assertError(new FormWalker().open("/en/check/presence").answer(Map.of()),
                "Tell us whether you live in France or are visiting.", "presence-lives-in-france");
        FormWalker toAge = new FormWalker().open("/en/check/presence").answer("presence", "lives_in_france")
                .answer("territory", "metropole").answer("status", "no_permit");
        assertError(toAge.answer("age", "thirty"), "Write a whole number, for example 3.", "age");
        assertError(toAge.answer("age", "130"), "Write a number between 0 and 120.", "age");
        FormWalker toArrival = toAge.answer("age", "40");
        assertError(toArrival.answer(Map.of("arrivalDate-day", "31", "arrivalDate-month", "2", "arrivalDate-year", "2025")),
                "This date does not exist. Check the day, the month and the year.", "arrivalDate-day");
        assertError(toArrival.answer(Map.of("arrivalDate-day", "3", "arrivalDate-month", "", "arrivalDate-year", "2025")),
                "Write at least the month and the year.", "arrivalDate-month");
        LocalDate future = TODAY.plusMonths(2);
        assertError(toArrival.answer(Map.of("arrivalDate-day", "1", "arrivalDate-month", "" + future.getMonthValue(),
                "arrivalDate-year", "" + future.getYear())), "The date must be today or earlier.", "arrivalDate-day");
        assertEquals(String.valueOf(future.getYear()), toArrival.page.selectFirst("#arrivalDate-year").attr("value"),
                "what was typed is shown back");
        FormWalker toResources = toArrival.answer(Map.of("arrivalDate-day", "", "arrivalDate-month", "1", "arrivalDate-year", "2024"))
                .answer("hadRegularStay", "no").answer("partner", "no").answer("children", "0");
        assertEquals("How much did your household receive in total over the last 12 months?", toResources.h1());
        assertError(toResources.answer("householdResources", "a lot"), "Write an amount in figures, for example 9 500 or 9500,50.",
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
        assertEquals("Do you live in France?", w.h1());
        FormWalker forged = new FormWalker().open("/en/check/presence");
        forged.page.selectFirst("main form input[name=_question]").attr("value", "household-resources");
        forged.answer("householdResources", "100");
        assertEquals(400, forged.status());
        assertNull(forged.page.selectFirst(".error-summary"));
        assertTrue(forged.page.text().contains("Start again"), forged.page.text());
    }

    @Test
    void switchingLanguageMidwayKeepsThePlaceAndTheAnswers() {
        FormWalker w = new FormWalker().open("/en/check/presence").answer("presence", "lives_in_france")
                .answer("territory", "overseas").answer("status", "no_permit");
        assertEquals("How old are you?", w.h1());
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
        w.press(w.page.select(".summary-row").stream().filter(r -> r.selectFirst("dt").text().equals("In France since"))
                .findFirst().orElseThrow().selectFirst("button"));
        assertEquals("arrival-date", w.page.selectFirst("main form input[name=_question]").attr("value"));
        LocalDate recent = TODAY.minusMonths(1);
        w.answer(TestPerson.dateFields("arrivalDate", recent));
        assertEquals("visa-exempt", w.page.selectFirst("main form input[name=_question]").attr("value"),
                "a recent arrival opens new questions");
        w.answer("visaExempt", "no");
        assertEquals("joining-ame-holder", w.page.selectFirst("main form input[name=_question]").attr("value"));
        w.answer("joiningAmeHolder", "no");
        assertEquals("Check your answers", w.h1());
        Map<String, String> after = rows(w);
        assertEquals(before.size() + 2, after.size(), after.toString());
        before.forEach((label, answer) -> {
            if (!label.equals("In France since")) {
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
        assertEquals("Check your answers", w.h1());
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
