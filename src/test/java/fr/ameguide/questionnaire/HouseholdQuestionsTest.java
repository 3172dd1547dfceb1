package fr.ameguide.questionnaire;

import fr.ameguide.content.Content;
import fr.ameguide.content.RepositoryContent;
import fr.ameguide.result.Wording;
import fr.ameguide.testing.TestPerson;
import io.quarkus.test.junit.QuarkusTest;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static fr.ameguide.questionnaire.QuestionnaireFlowTest.TODAY;
import static fr.ameguide.questionnaire.QuestionnaireFlowTest.adult;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The household questions of issue 10, node by node (as smart-answers' flow tests): each is asked only when
 * its answer can change what the person is told, and each answer reaches the result.
 */
@QuarkusTest
class HouseholdQuestionsTest {
    private static final Content CONTENT = RepositoryContent.load();

    /** The questions asked, in order, answering from {@code answers}; a question not planned fails. */
    private static List<String> asked(Map<String, Map<String, String>> answers) {
        List<String> asked = new ArrayList<>();
        FormWalker w = new FormWalker().open("/en/check/presence");
        for (int i = 0; i < 40; i++) {
            Element named = w.page.selectFirst("main form[method=post] input[name=_question]");
            if (named == null) {
                return asked;
            }
            String question = named.attr("value").replace('-', '_');
            asked.add(question);
            Map<String, String> answer = answers.get(question);
            assertNotNull(answer, "not expected to be asked: " + question + " after " + asked);
            w.answer(answer);
            assertEquals(200, w.status(), () -> "answering " + question + ": " + w.page.select(".error-message").text());
        }
        throw new AssertionError("the questionnaire did not end");
    }

    private static Map<String, Map<String, String>> couple(String resources, String partnerRegular) {
        Map<String, Map<String, String>> a = adult(resources, TODAY.minusYears(1).toString());
        a.put("partner", Map.of("partner", "yes"));
        a.put("partner_regular_status", Map.of("partnerRegularStatus", partnerRegular));
        return a;
    }

    @Test
    void aPartnerIsAskedAboutTheirStatusAndNobodyElseIs() {
        assertTrue(asked(couple("9000", "no")).contains("partner_regular_status"));
        assertFalse(asked(adult("9000", TODAY.minusYears(1).toString())).contains("partner_regular_status"));
    }

    @Test
    void theRegularPartnersShareIsAskedOnlyWhenTheTotalIsOverTheCeilingAndIsLeftOut() {
        // 20,000 for a couple is over the ceiling; without the partner's 12,000 it is well under.
        Map<String, Map<String, String>> a = couple("20000", "yes");
        a.put("partner_resources", Map.of("partnerResources", "12000"));
        List<String> path = asked(a);
        assertTrue(path.contains("partner_resources"), path.toString());
        assertFalse(path.contains("alimony_paid"), "under the ceiling once the share is left out: " + path);
        FormWalker w = QuestionnaireFlowTest.result("en", a);
        assertEquals("ame_eligible", outcomeClass(w));
        List<String> people = w.page.select("ul.people li").eachText();
        assertEquals(1, people.size(), people.toString());
        assertTrue(people.get(0).contains("PUMa"), "a partner in regular status has PUMa: " + people);

        assertFalse(asked(couple("9000", "yes")).contains("partner_resources"), "under the ceiling anyway");
        List<String> irregular = asked(couple("20000", "no"));
        assertFalse(irregular.contains("partner_resources"), "an irregular partner's money counts");
        assertTrue(irregular.contains("alimony_paid"), "over the ceiling: alimony could bring it under");
    }

    /** Answers the planned questions named, in order, from the first question. */
    private static FormWalker upTo(String lang, Map<String, Map<String, String>> answers, List<String> questions) {
        FormWalker w = new FormWalker().open("/" + lang + "/check/presence");
        questions.forEach(q -> w.answer(answers.get(q)));
        return w;
    }

    private static final List<String> TO_THE_SHARE = List.of("presence", "territory", "status", "age", "arrival_date",
            "had_regular_stay", "partner", "partner_regular_status", "children", "household_resources");

    @Test
    void aShareAboveTheWholeIsRefusedInTheReadersLanguage() {
        Map<String, Map<String, String>> a = couple("20000", "yes");
        FormWalker w = upTo("en", a, TO_THE_SHARE).answer("partnerResources", "25000");
        assertEquals(400, w.status());
        assertTrue(w.page.select(".error-message").text().contains("household"), w.page.select(".error-message").text());
        w = upTo("fr", a, TO_THE_SHARE).answer("partnerResources", "25000");
        assertEquals(400, w.status());
        assertTrue(w.page.select(".error-message").text().contains("ne peut pas dépasser"), w.page.select(".error-message").text());
    }

    @Test
    void alimonyPaidIsAskedOverTheCeilingAndDeducted() {
        Map<String, Map<String, String>> a = adult("12000", TODAY.minusYears(1).toString());
        a.put("alimony_paid", Map.of("alimonyPaid", "3000"));
        assertTrue(asked(a).contains("alimony_paid"));
        assertEquals("ame_eligible", outcomeClass(QuestionnaireFlowTest.result("en", a)));
        a.put("alimony_paid", Map.of("alimonyPaid", "0"));
        assertEquals("ame_resources_too_high", outcomeClass(QuestionnaireFlowTest.result("en", a)));
        assertFalse(asked(adult("9000", TODAY.minusYears(1).toString())).contains("alimony_paid"));
    }

    @Test
    void minorChildrenAreAskedWhenThereAreDependantsAndCanHaveAmeOverTheCeiling() {
        Map<String, Map<String, String>> a = adult("60000", TODAY.minusYears(1).toString());
        a.put("children", Map.of("children", "3"));
        a.put("minor_children", Map.of("minorChildren", "2"));
        a.put("alimony_paid", Map.of("alimonyPaid", "0"));
        assertTrue(asked(a).contains("minor_children"));
        FormWalker w = QuestionnaireFlowTest.result("en", a);
        assertEquals("ame_resources_too_high", outcomeClass(w));
        List<String> people = w.page.select("ul.people li").eachText();
        assertEquals(2, people.size(), people.toString());
        assertTrue(people.get(0).contains("(2)") && people.get(0).contains("in their own name"), people.toString());
        assertTrue(people.get(1).contains("(1)"), people.toString());
        assertFalse(asked(adult("9000", TODAY.minusYears(1).toString())).contains("minor_children"), "no dependants");
    }

    @Test
    void moreMinorsThanDependantsIsRefused() {
        Map<String, Map<String, String>> a = adult("9000", TODAY.minusYears(1).toString());
        a.put("children", Map.of("children", "1"));
        FormWalker w = upTo("en", a, List.of("presence", "territory", "status", "age", "arrival_date", "had_regular_stay",
                "partner", "children"));
        w.answer("minorChildren", "2");
        assertEquals(400, w.status());
        assertFalse(w.page.select(".error-message").text().isBlank());
    }

    @Test
    void aVisaFreeStayIsAskedOnlyWhileItCanMoveTheStart() {
        // Arrived 4 months ago: met counted from arrival, not yet after 90 visa-free days.
        LocalDate arrival = TODAY.minusMonths(4);
        Map<String, Map<String, String>> a = adult("0", arrival.toString());
        a.put("visa_exempt", Map.of("visaExempt", "yes"));
        assertTrue(asked(a).contains("visa_exempt"));
        assertEquals("ame_eligible_later", outcomeClass(QuestionnaireFlowTest.result("en", a)));
        a.put("visa_exempt", Map.of("visaExempt", "no"));
        assertEquals("ame_eligible", outcomeClass(QuestionnaireFlowTest.result("en", a)));
        a.put("visa_exempt", Map.of("visaExempt", "dont_know"));
        FormWalker unsure = QuestionnaireFlowTest.result("en", a);
        assertEquals("ame_eligible_later", outcomeClass(unsure), "I don't know is read as the later start");
        assertTrue(unsure.page.text().contains("visa"), "and the result says how it was read");
        assertFalse(asked(adult("0", TODAY.minusYears(2).toString())).contains("visa_exempt"), "met either way");
    }

    @Test
    void aRecoursSentLeadsToTheTribunalStep() {
        Map<String, Map<String, String>> a = adult("1000", TODAY.minusYears(2).toString());
        LocalDate sent = TODAY.minusDays(20);
        a.put("ame", Map.of("ame", "appealed"));
        a.put("appeal_date", TestPerson.dateFields("ameDate", sent));
        FormWalker w = QuestionnaireFlowTest.result("en", a);
        assertTrue(w.page.select("main p.procedure").text().contains("tribunal administratif"), w.page.select("main p.procedure").text());
    }

    @Test
    void notKnowingWhetherOneHadAVisaCountsNinetyDaysOfRegularStay() {
        // Arrived 4 months ago: counted from arrival the 3 months are met; after 90 days of a visa they are not.
        Map<String, Map<String, String>> a = adult("0", TODAY.minusMonths(4).toString());
        a.put("had_regular_stay", Map.of("hadRegularStay", "dont_know"));
        List<String> path = asked(a);
        assertFalse(path.contains("visa_exempt"), "already read as 90 days: " + path);
        FormWalker w = QuestionnaireFlowTest.result("en", a);
        assertEquals("ame_eligible_later", outcomeClass(w), "never the earlier, better-looking start");
        a.put("had_regular_stay", Map.of("hadRegularStay", "no"));
        assertEquals("ame_eligible", outcomeClass(QuestionnaireFlowTest.result("en", a)));
    }

    @Test
    void aPermitEndedLessThanSixMonthsAgoIsToldCoverMayContinue() {
        Map<String, Map<String, String>> a = adult("1000", TODAY.minusYears(2).toString());
        LocalDate ended = TODAY.minusMonths(4);
        a.put("had_regular_stay", Map.of("hadRegularStay", "yes"));
        a.put("regular_stay_end_date", TestPerson.dateFields("regularStayEndDate", ended));
        FormWalker w = QuestionnaireFlowTest.result("en", a);
        assertEquals(stepTitle("cover_kept_six_months"), w.page.selectFirst(".steps h3").text(), "first of the steps");
        a.put("had_regular_stay", Map.of("hadRegularStay", "no"));
        assertFalse(QuestionnaireFlowTest.result("en", a).page.select(".steps h3").eachText().contains(stepTitle("cover_kept_six_months")));
    }

    @Test
    void someoneJoiningAnAmeHolderIsToldTheHolderAddsThem() {
        Map<String, Map<String, String>> a = adult("1000", TODAY.minusMonths(1).toString());
        a.put("joining_ame_holder", Map.of("joiningAmeHolder", "yes"));
        FormWalker w = QuestionnaireFlowTest.result("en", a);
        assertEquals("ame_eligible", outcomeClass(w));
        List<String> steps = w.page.select(".steps h3").eachText();
        assertTrue(steps.contains(stepTitle("holder_adds_you")), steps.toString());
    }

    /** A step's title in English, by its id (steps carry no id on the page: every byte counts in Georgian). */
    private static String stepTitle(String id) {
        Wording w = new Wording(CONTENT, CONTENT.languages().offered("en").orElseThrow());
        return w.text("step." + id + ".title");
    }

    /** The outcome's code, from the icon class of the result's heading. */
    private static String outcomeClass(FormWalker w) {
        Element h1 = w.page.selectFirst("h1.outcome");
        assertNotNull(h1, "an outcome heading");
        return h1.classNames().stream().filter(c -> c.startsWith("icon-")).findFirst().orElseThrow().substring(5);
    }
}
