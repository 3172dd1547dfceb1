package fr.ameguide.result;

import fr.ameguide.content.Content;
import fr.ameguide.content.RepositoryContent;
import fr.ameguide.testing.TestDay;
import fr.ameguide.testing.TestPerson;
import io.quarkus.test.junit.QuarkusTest;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The "what to do now" box on the result page, as a browser without script gets it. */
@QuarkusTest
public class ActNowPageTest {
    static final LocalDate TODAY = TestDay.TODAY;

    /** An adult in metropolitan France for two years, without a permit, under the ceiling: eligible today. */
    private static TestPerson person() {
        return TestPerson.adultWithoutPermit(TODAY).with("joiningAmeHolder", "no").answersIfAsked();
    }

    public static Map<String, String> eligible() {
        return person().form();
    }

    static Map<String, String> with(String... keyValues) {
        return person().with(keyValues).form();
    }

    static Document result(String lang, Map<String, String> form) {
        Map<String, String> body = new LinkedHashMap<>(form);
        body.put("_show", "result");
        String html = given().contentType("application/x-www-form-urlencoded; charset=UTF-8").formParams(body)
                .post("/" + lang + "/check").then().statusCode(200).extract().asString();
        Document doc = Jsoup.parse(html, "http://localhost");
        assertNotNull(doc.selectFirst("main .now"), lang + ": a result page with its box: " + doc.title());
        return doc;
    }

    /** One situation per outcome, with the colour it must show. */
    static final Map<String, Map<String, String>> OUTCOMES = new LinkedHashMap<>();

    static {
        OUTCOMES.put("green", eligible());
        OUTCOMES.put("amber", with("arrivalDate", TODAY.minusMonths(1).toString()));
        OUTCOMES.put("amber ", with("householdResources", "50000"));
        OUTCOMES.put("blue", with("status", "valid_permit"));
        OUTCOMES.put("violet", with("presence", "visiting"));
        OUTCOMES.put("grey", with("territory", "mayotte"));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"fr", "en", "ar", "ta"})
    void theBoxComesFirstInMainInTheOutcomesColour(String lang) {
        for (Map.Entry<String, Map<String, String>> e : OUTCOMES.entrySet()) {
            Document doc = result(lang, e.getValue());
            Element first = doc.selectFirst("main").child(0);
            assertTrue(first.is("section.now"), lang + " " + e.getKey() + ": the box is the first thing in <main>, got " + first.tagName() + "." + first.className());
            assertTrue(first.hasClass("tone-" + e.getKey().strip()), lang + ": " + first.className() + " for " + e.getKey());
            Element h1 = first.selectFirst("h1.outcome");
            assertNotNull(h1, "the outcome is the box's heading");
            assertEquals(1, doc.select("h1").size(), "one heading 1");
            assertNotNull(first.selectFirst("h1 .icon[role=img][aria-label]"), "the icon says what it means");
            List<Element> actions = first.select("ol.now-list > li");
            assertTrue(actions.size() >= 1 && actions.size() <= 3, lang + " " + e.getKey() + ": 1 to 3 actions, got " + actions.size());
            actions.forEach(a -> assertFalse(a.text().contains("{"), "no placeholder: " + a.text()));
        }
    }

    @Test
    void theGreenIsOnlyForThoseWhoCanActToday() {
        // The resources-too-high outcome is amber, not green.
        assertTrue(result("fr", with("householdResources", "50000")).selectFirst("main .now").hasClass("tone-amber"));
        assertTrue(result("fr", eligible()).selectFirst("main .now").hasClass("tone-green"));
    }

    @Test
    void withThreeActionsTheOutlookFollowsTheBox() {
        Element main = result("fr", with("urgentCare", "yes", "housing", "no_fixed_address")).selectFirst("main");
        Element box = main.selectFirst(".now");
        assertEquals(3, box.select(".now-list li").size());
        assertTrue(box.select(".outlook").isEmpty(), "not in the box");
        Element outlook = box.nextElementSibling();
        assertEquals("p", outlook.tagName(), "just after the box");
        assertTrue(outlook.hasClass("outlook") && outlook.text().startsWith("Si vous déposez votre demande aujourd’hui"), outlook.text());
    }

    @Test
    void datesAreGivenFromTodayAndFromTheFilingDay() {
        Content content = RepositoryContent.load();
        var w = new Wording(content, content.languages().offered("fr").orElseThrow());
        Element box = result("fr", eligible()).selectFirst("main .now");
        assertTrue(box.text().contains("Aujourd’hui, le " + w.formats().date(TODAY)), box.text());
        String outlook = box.selectFirst(".outlook").text();
        assertTrue(outlook.startsWith("Si vous déposez votre demande aujourd’hui"), outlook);
        assertTrue(outlook.contains(w.formats().date(TODAY.plusMonths(2))), "answer within 2 months of filing: " + outlook);

        LocalDate arrival = TODAY.minusMonths(1);
        LocalDate filingDay = arrival.plusMonths(3);
        Element later = result("fr", with("arrivalDate", arrival.toString())).selectFirst("main .now");
        assertTrue(later.text().contains("Aujourd’hui, nous sommes le " + w.formats().date(TODAY)), "the day the days count from: " + later.text());
        String first = later.selectFirst(".now-list li").text();
        long days = java.time.temporal.ChronoUnit.DAYS.between(TODAY, filingDay);
        assertTrue(first.contains(days + " jours") && first.contains(w.formats().date(filingDay)), first);
        assertTrue(later.selectFirst(".outlook").text().startsWith("Si vous déposez votre demande le " + w.formats().date(filingDay)),
                later.selectFirst(".outlook").text());
    }

    @Test
    void urgentCareComesFirstWhenCareCannotWait() {
        Element box = result("fr", with("urgentCare", "yes")).selectFirst("main .now");
        assertTrue(box.selectFirst(".now-list li").text().contains("urgences"), box.text());
        Element calm = result("fr", eligible()).selectFirst("main .now");
        assertFalse(calm.selectFirst(".now-list li").text().contains("urgences"), calm.text());
    }

    @Test
    void emergencyAndCpamNumbersAreTelLinks() {
        Document doc = result("fr", eligible());
        assertNotNull(doc.selectFirst("main .now + .phones a[href=tel:15]"), "15, right after the box");
        assertNotNull(doc.selectFirst("main .phones a[href=tel:112]"), "112");
        Element cpam = doc.selectFirst("main .phones a[href=tel:3646]");
        assertNotNull(cpam, "36 46");
        assertTrue(cpam.text().contains("36 46"), cpam.text());
        assertTrue(doc.select("main .meta").text().contains("Numéros vérifiés le"), "the numbers say when they were checked");
        // No CPAM in Mayotte: its number is not offered there, the emergency numbers are.
        Document mayotte = result("fr", with("territory", "mayotte"));
        assertNull(mayotte.selectFirst("a[href=tel:3646]"));
        assertNotNull(mayotte.selectFirst("main .phones a[href=tel:15]"));
    }

    @Test
    void theOfficialFormIsLinkedWhenAnApplicationIsToBeFiled() {
        String url = RepositoryContent.load().sources().get("cerfa_11573").url();
        assertNotNull(result("fr", eligible()).selectFirst("main a[href=" + url + "]"), "cerfa 11573");
        assertNull(result("fr", with("status", "valid_permit")).selectFirst("main a[href=" + url + "]"), "no AME form for PUMa");
    }

    @Test
    void sectionsSomeNeedCollapseIntoDetailsThatWorkWithoutScript() {
        Document doc = result("fr", eligible());
        List<Element> details = doc.select("main details.more");
        assertTrue(details.size() >= 3, "why, dates and what is not assessed collapse: " + details.size());
        for (Element d : details) {
            Element summary = d.child(0);
            assertTrue(summary.is("summary") && summary.selectFirst("h2") != null, "each opens by its own heading");
            assertFalse(d.hasAttr("open"), "closed until asked");
        }
        assertNotNull(doc.selectFirst("main details .reasons"), "the reasons are inside one");
        assertNotNull(doc.selectFirst("main details .dates"), "the dates are inside one");
        assertTrue(doc.select("main script, main [onclick], main [hidden]").isEmpty(), "nothing needs script to open");
    }

    @Test
    void someoneWithNoIdentityPaperIsToldHowToGetOne() {
        Document none = result("fr", with("identityDocument", "none"));
        String main = none.selectFirst("main").text();
        assertTrue(main.contains("Vous n’avez aucun papier d’identité ?"), main);
        assertTrue(main.contains("consulat"), main);
        assertTrue(none.selectFirst("main .now-list").text().contains("papier d’identité"), "in the box too");
        assertFalse(result("fr", eligible()).selectFirst("main").text().contains("Vous n’avez aucun papier d’identité ?"));
    }

    @Test
    void frenchDatesWriteTheFirstOfTheMonthAsAnOrdinal() {
        // The ceiling table in force is dated the 1st of April: "1er avril", never "1 avril".
        String text = result("fr", eligible()).selectFirst("main").text();
        assertTrue(text.contains("1er avril"), text);
        assertFalse(text.matches("(?s).*\\b1 (janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre)\\b.*"), text);
    }
}
