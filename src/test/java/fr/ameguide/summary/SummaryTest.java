package fr.ameguide.summary;

import fr.ameguide.testing.TestDay;
import fr.ameguide.testing.TestPerson;
import io.quarkus.test.junit.QuarkusTest;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import java.io.StringReader;
import java.time.LocalDate;
import java.time.temporal.Temporal;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static fr.ameguide.testing.Sentences.en;

/** The bilingual summary page, its QR code's link, and the calendar file. */
@QuarkusTest
class SummaryTest {
    static final LocalDate TODAY = TestDay.TODAY;

    /** An adult without a permit, in France for a year, hosted (not for free), without an identity paper, whose care cannot wait. */
    static TestPerson person() {
        return TestPerson.adultWithoutPermit(TODAY).arrivedOn(TODAY.minusYears(1)).resources("4000").hosted("no")
                .with("identityDocument", "none", "urgentCare", "yes");
    }

    static Map<String, String> answers() {
        return person().form();
    }

    static Document summary(String lang) {
        String html = given().contentType("application/x-www-form-urlencoded; charset=UTF-8").formParams(answers())
                .post("/" + lang + "/summary").then().statusCode(200).header("Cache-Control", "no-store").extract().asString();
        return Jsoup.parse(html);
    }

    @Test
    void theSummaryIsInTheReadersLanguageBesideFrench() {
        Document doc = summary("ar");
        assertEquals("ar", doc.selectFirst("html").attr("lang"));
        assertEquals("rtl", doc.selectFirst("html").attr("dir"));
        assertNotNull(doc.selectFirst("main.summary.bilingual"));
        assertNotNull(doc.selectFirst("a#leave"), "the summary page can be left at once too");
        var sides = doc.select(".pair-outcome .side");
        assertEquals(2, sides.size());
        assertEquals("ar", sides.get(0).attr("lang"));
        assertEquals("rtl", sides.get(0).attr("dir"));
        assertEquals("fr", sides.get(1).attr("lang"));
        assertEquals("Vous pouvez avoir l’AME.", sides.get(1).text());
        assertFalse(sides.get(0).text().contains("Vous pouvez"), "the reader's side is not French");
        // One row per document: the reader's line beside the French one.
        int documents = doc.select(".pair-checklist").size();
        assertTrue(documents > 0);
        assertEquals(documents, doc.select(".pair-checklist > .side:first-child .box").size(), "a tick box per document");
        assertEquals(documents, doc.select(".pair-checklist .side[lang=fr] .box").size(), "a tick box per document, in French too");
        assertTrue(documents >= 6);
        assertTrue(doc.select(".pair-checklist .side[lang=fr]").text().contains("attestation sur l’honneur"));
        assertTrue(doc.select(".side[lang=fr]").text().contains("Règles vérifiées le"));
        assertTrue(doc.select(".side[lang=fr] .disclaimer").text().contains("c’est la CPAM qui décide"));
        assertTrue(doc.select(".side[lang=fr]").text().contains("Résumé fait le"));
        // Issue 11: the clerk reads that the other column is an unreviewed draft, and the French prevails.
        assertTrue(doc.select(".pair-draft .side[lang=fr]").text().contains("le texte français fait foi"), doc.select(".pair-draft").text());
        assertFalse(doc.select(".pair-draft .side").get(0).text().isBlank());
    }

    @Test
    void theClerkHasTheFactsAndEachConditionInFrench() {
        for (String lang : List.of("ar", "fr")) {
            Document doc = summary(lang);
            var box = doc.selectFirst("main > .pair.clerk[lang=fr][dir=ltr]");
            assertNotNull(box, lang + ": the clerk's box, in French");
            assertEquals(box, doc.selectFirst("main > .pair-outcome").previousElementSibling(), lang + ": before the outcome");
            String facts = box.select("li").eachText().toString();
            for (String fact : List.of("Pour l’agent de la CPAM", "Âge : 34 ans", "Foyer : 1 personne", "Logement : hébergé, participe au loyer",
                    "Pièce d’identité : aucune", "Soins urgents : oui", "AME : première demande")) {
                assertTrue(box.text().contains(fact), lang + ": " + fact + " in " + facts);
            }
            assertEquals(List.of("✓ Réside en France", "✓ Ne réside pas à Mayotte", "✓ Sans titre de séjour ni démarche en cours"),
                    box.select(".clerk-conditions li").eachText().subList(0, 3));
            assertTrue(box.select(".clerk-conditions li").eachText().stream().allMatch(t -> t.startsWith("✓ ")), facts);
            // French numbers and amounts are set with no-break spaces.
            String resources = box.select(".clerk-conditions li").get(4).text().replaceAll("[\\u00A0\\u202F]", " ");
            assertTrue(resources.startsWith("✓ Ressources sur 12 mois : 4 000 € ≤ plafond au"), resources);
            // The conditions in French are in the box only; the reader's language has them across the page.
            assertTrue(doc.select(".pair-alone .side[lang=fr]").isEmpty(), lang);
            assertFalse(doc.select(".side[lang=fr]").text().contains("Vous vivez en France."), lang + ": the conditions once in French");
        }
        assertEquals(6, summary("ar").select(".pair-alone .side[lang=ar]").size(), "five conditions and the ceiling, in Arabic");
    }

    @Test
    void inFrenchThereIsOneColumn() {
        Document doc = summary("fr");
        assertTrue(doc.select("main.summary.bilingual").isEmpty());
        assertEquals(1, doc.select(".pair-outcome .side").size());
        assertTrue(doc.select(".pair-draft").isEmpty(), "French is the source, not a draft");
    }

    @Test
    void theQrCodeReopensTheSameResult() throws Exception {
        Document doc = summary("bn");
        String address = QrDecoding.fromSvg(doc.selectFirst(".qr svg").outerHtml());
        assertTrue(address.matches("https://ame-guide\\.example/bn/summary/[A-Za-z0-9_-]+"), "the public address: " + address);
        String path = address.replaceFirst("https?://[^/]+", "");
        Document reopened = Jsoup.parse(given().get(path).then().statusCode(200).header("Cache-Control", "no-store")
                .extract().asString());
        assertEquals("bn", reopened.selectFirst("html").attr("lang"));
        assertEquals(doc.select(".pair-outcome .side").get(0).text(), reopened.selectFirst(".outcome").text());
        assertEquals(doc.select(".pair-checklist > .side:first-child strong").eachText(),
                reopened.select(".checklist > li > strong").eachText());
        String altered = path.substring(0, path.length() - 3) + (path.endsWith("AAA") ? "BBB" : "AAA");
        given().get(altered).then().statusCode(400);
    }

    @Test
    void theSummaryStaysWithinTheWeightBudget() {
        for (String lang : List.of("fr", "ar", "ta", "bn")) {
            String html = given().contentType("application/x-www-form-urlencoded; charset=UTF-8").formParams(answers())
                    .post("/" + lang + "/summary").asString();
            int size = fr.ameguide.web.Weight.gzipSize(html) + fr.ameguide.web.Weight.gzipSize(given().get("/assets/style.css").asString());
            assertTrue(size <= fr.ameguide.web.Weight.BUDGET, lang + ": " + size);
        }
    }

    @Test
    void theCalendarFileHoldsTheKeyDatesInTheReadersLanguage() throws Exception {
        Map<String, String> waiting = person().ame("pending", TODAY.minusDays(20)).form();
        String ics = given().contentType("application/x-www-form-urlencoded; charset=UTF-8").formParams(waiting)
                .post("/ru/summary/calendar").then().statusCode(200).header("Content-Type", org.hamcrest.Matchers.startsWith("text/calendar")).extract().asString();
        Calendar calendar = new CalendarBuilder().build(new StringReader(ics));
        calendar.validate();
        List<VEvent> events = calendar.getComponents("VEVENT");
        assertEquals(1, events.size());
        VEvent decision = events.get(0);
        Temporal start = decision.getDateTimeStart().getDate();
        assertEquals(TODAY.minusDays(20).plusMonths(2), LocalDate.from(start));
        assertTrue(decision.getSummary().getValue().startsWith("AME"));
        assertTrue(decision.getSummary().getValue().chars().anyMatch(ch -> Character.UnicodeBlock.of(ch) == Character.UnicodeBlock.CYRILLIC),
                "in Russian");
        String lines = ics.lines().collect(Collectors.joining("\n"));
        assertTrue(ics.contains("\r\n"), "CRLF line ends");
        assertTrue(lines.lines().allMatch(l -> l.getBytes(java.nio.charset.StandardCharsets.UTF_8).length <= 75), "folded lines");
    }

    @Test
    void aFirstApplicationGetsRenewalAndDecisionReminders() throws Exception {
        String ics = given().contentType("application/x-www-form-urlencoded; charset=UTF-8").formParams(answers())
                .post("/en/summary/calendar").asString();
        List<VEvent> events = new CalendarBuilder().build(new StringReader(ics)).getComponents("VEVENT");
        List<LocalDate> dates = events.stream().map(e -> LocalDate.from(e.getDateTimeStart().getDate())).toList();
        assertEquals(List.of(TODAY.plusMonths(2), TODAY.plusYears(1).minusMonths(2)), dates);
        assertEquals(en("calendar.decisionExpectedBy"), events.get(0).getSummary().getValue());
    }

    @Test
    void withoutChromiumThePdfLinkGivesThePrintablePageAndSaysSo() {
        String html = given().contentType("application/x-www-form-urlencoded; charset=UTF-8").formParams(answers())
                .post("/en/summary/pdf").then().statusCode(200).extract().asString();
        assertTrue(html.contains("The PDF is not available at the moment"), "the test profile points to no browser");
    }

    @Test
    void lostAnswersAre400() {
        given().contentType("application/x-www-form-urlencoded").formParams(Map.of("presence", "visiting_mars"))
                .post("/en/summary").then().statusCode(400);
        given().contentType("application/x-www-form-urlencoded").formParams(Map.of()).post("/en/summary/calendar").then().statusCode(400);
    }
}
