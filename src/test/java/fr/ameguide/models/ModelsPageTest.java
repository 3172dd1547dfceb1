package fr.ameguide.models;

import fr.ameguide.content.Content;
import fr.ameguide.content.RepositoryContent;
import fr.ameguide.content.SwornModel;
import fr.ameguide.i18n.Language;
import io.quarkus.test.junit.QuarkusTest;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The fill-in sworn statements (issue 11): in every language, each line of the French model with its blanks,
 * and beside it the same line in the reader's language; linked from the paper it is for.
 */
@QuarkusTest
class ModelsPageTest {
    private static final Content CONTENT = RepositoryContent.load();

    private static Document get(String path, int status) {
        String html = given().get(path).then().statusCode(status).extract().asString();
        return Jsoup.parse(html, "http://localhost");
    }

    @Test
    void everyModelInEveryLanguagePairsEachFrenchLineWithTheReadersOwn() {
        for (Language l : CONTENT.languages().offered()) {
            for (SwornModel m : CONTENT.models()) {
                Document doc = get("/" + l.code() + "/models/" + m.slug(), 200);
                String where = l.code() + " " + m.slug();
                List<Element> rows = doc.select("table.model tbody tr");
                // the model's lines, then "I certify", the place and date, the signature
                assertEquals(m.lines() + 3, rows.size(), where);
                for (Element row : rows) {
                    Element french = row.selectFirst("td.fr");
                    assertNotNull(french, where);
                    assertEquals("fr", french.attr("lang"), where);
                    assertEquals("ltr", french.attr("dir"), where);
                    boolean bilingual = !l.code().equals("fr");
                    assertEquals(bilingual ? 2 : 1, row.select("td").size(), where);
                    if (bilingual) {
                        assertNotEquals(french.text(), row.selectFirst("td").text(), where + ": the reader's line is not the French");
                    }
                }
                assertTrue(rows.get(0).selectFirst("td.fr").text().contains("……"), where + ": blanks to fill by hand");
                assertFalse(doc.select("main").text().contains("{"), where + ": a placeholder reached the page");
                assertFalse(doc.select(".sources a[href^=https://]").isEmpty(), where + ": its sources");
                assertTrue(doc.select("main .meta").text().matches("(?s).*\\p{Nd}.*"), where + ": the date it was last verified");
            }
        }
    }

    @Test
    void theIndexListsEveryModelAndAnUnknownOneIsNotFound() {
        Document index = get("/ar/models", 200);
        assertEquals(CONTENT.models().size(), index.select("main ul.guides > li > a").size());
        get("/ar/models/no-such-model", 404);
        assertTrue(get("/en/guide", 200).select("main a[href=/en/models]").size() == 1, "the guide links to the models");
    }

    @Test
    void aPersonWithoutPassportIsLinkedToTheModelOfTheirSwornStatement() {
        Map<String, String> form = new java.util.LinkedHashMap<>(fr.ameguide.result.ActNowPageTest.eligible());
        form.put("identityDocument", "id_card");
        form.put("_show", "result");
        Document result = Jsoup.parse(given().contentType("application/x-www-form-urlencoded; charset=UTF-8").formParams(form)
                .post("/ta/check").then().statusCode(200).extract().asString(), "http://localhost");
        List<String> links = result.select(".checklist a").eachAttr("href");
        assertTrue(links.contains("/ta/models/no-passport"), links.toString());
        assertTrue(links.contains("/ta/models/resources"), links.toString());
        assertFalse(links.contains("/ta/models/host"), "not hosted: " + links);
    }
}
