package fr.ameguide.summary;

import fr.ameguide.config.SiteConfig;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static fr.ameguide.testing.Sentences.en;

/** The pages a summary's link opens to: the result, a page that says it expired, or a 400, never a 5xx. */
@QuarkusTest
class LinkPagesTest {
    @Inject
    ResultLink link;
    @Inject
    SiteConfig site;

    private static Map<String, String> answers() {
        return SummaryTest.answers();
    }

    /** The same situation, answered on an earlier day (an arrival a year before it). */
    private static Map<String, String> answeredOn(LocalDate day) {
        Map<String, String> a = new java.util.LinkedHashMap<>(SummaryTest.answers());
        a.put("arrivalDate", day.minusYears(1).toString());
        return a;
    }

    @Test
    void theTestProfileSealsWithTheGoldenTokensKey() {
        assertArrayEquals(ResultLinkTest.TEST_KEY, site.linkKey(), "ResultLinkTest's golden token is sealed with the test profile's key");
    }

    @Test
    void aLinkSealedYesterdayOpensTheResultOfThatDay() {
        String token = link.seal(answeredOn(SummaryTest.TODAY.minusDays(1)), SummaryTest.TODAY.minusDays(1));
        Document page = Jsoup.parse(given().get("/es/summary/" + token).then().statusCode(200).extract().asString());
        assertEquals("es", page.selectFirst("html").attr("lang"));
        assertTrue(page.selectFirst(".outcome") != null, "the result page");
    }

    @Test
    void aLinkOlderThan14MonthsSaysSoInTheReadersLanguage() {
        LocalDate sealed = SummaryTest.TODAY.minusMonths(14).minusDays(1);
        String token = link.seal(answeredOn(sealed), sealed);
        for (String lang : new String[] {"fr", "en", "ar", "ti", "zh"}) {
            Response r = given().get("/" + lang + "/summary/" + token);
            assertEquals(410, r.statusCode(), lang);
            assertEquals("no-store", r.header("Cache-Control"), lang);
            Document page = Jsoup.parse(r.asString());
            assertEquals(lang, page.selectFirst("html").attr("lang"));
            assertTrue(page.selectFirst("h1").text().length() > 3, lang);
            assertTrue(page.text().contains("14"), lang + ": " + page.text());
            assertTrue(page.select("a[href=/" + lang + "/]").size() > 0 || page.select("a.button").size() > 0, "a way back");
        }
        Document fr = Jsoup.parse(given().get("/fr/summary/" + token).asString());
        assertEquals("Ce lien a expiré", fr.selectFirst("h1").text());
        assertTrue(fr.text().contains("il y a plus de 14 mois"), fr.text());
        assertTrue(fr.text().contains(String.valueOf(sealed.getYear())), "the day it was made: " + fr.text());
        Document en = Jsoup.parse(given().get("/en/summary/" + token).asString());
        assertEquals(en("summary.link_expired.title"), en.selectFirst("h1").text());
        // The last valid day still opens.
        LocalDate lastValid = SummaryTest.TODAY.minusMonths(14);
        given().get("/en/summary/" + link.seal(answeredOn(lastValid), lastValid)).then().statusCode(200);
    }

    @Test
    void aTamperedOrMalformedLinkIsA400PageNeverA5xx() {
        String token = link.seal(answers(), SummaryTest.TODAY);
        char c = token.charAt(20);
        String[] bad = {token.substring(0, 20) + (c == 'x' ? 'y' : 'x') + token.substring(21), token.substring(0, token.length() - 2),
                token + "AA", "A", "AAAA", "not-a-token", "%20", "%C0%AF", "%00", "a%2Fb", "\u00e9", "A".repeat(1200),
                ResultLinkTest.GOLDEN_V1, link.seal(answers(), SummaryTest.TODAY.plusDays(5))};
        for (String t : bad) {
            Response r = given().urlEncodingEnabled(!t.contains("%")).get("/ru/summary/" + t);
            assertTrue(r.statusCode() >= 400 && r.statusCode() < 500, t + " → " + r.statusCode());
            assertFalse(r.asString().contains("Exception"), t);
            if (r.statusCode() == 400) {
                assertEquals("ru", Jsoup.parse(r.asString()).selectFirst("html").attr("lang"), t);
            }
        }
        Response v1 = given().get("/ru/summary/" + ResultLinkTest.GOLDEN_V1);
        assertEquals(400, v1.statusCode(), "a version 1 token under another key");
        assertTrue(v1.asString().contains("Эту ссылку невозможно прочитать"), "the invalid-link text, in Russian");
    }
}
