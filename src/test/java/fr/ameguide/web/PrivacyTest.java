package fr.ameguide.web;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Nothing a person answers reaches the log, a cookie or an address. */
@QuarkusTest
class PrivacyTest {
    /** Values no other part of the run would print. */
    static final List<String> ANSWERS = List.of("7654.32", "7 654,32", "2019-03-17", "17 mars 2019", "93-year");

    @Test
    void noAnswerReachesTheLog() throws IOException {
        Path log = Path.of("target/test-app.log");
        long before = Files.exists(log) ? Files.size(log) : 0;

        Map<String, String> form = new LinkedHashMap<>();
        String[][] steps = {
                {"presence", "presence", "lives_in_france"}, {"territory", "territory", "metropole"},
                {"status", "status", "no_permit"}, {"age", "age", "93"}};
        for (String[] s : steps) {
            form.put(s[1], s[2]);
            given().contentType("application/x-www-form-urlencoded").formParams(form).formParam("_question", s[0]).post("/fr/check")
                    .then().statusCode(200).header("Set-Cookie", (String) null);
        }
        form.put("arrivalDate-day", "17");
        form.put("arrivalDate-month", "3");
        form.put("arrivalDate-year", "2019");
        given().contentType("application/x-www-form-urlencoded").formParams(form).formParam("_question", "arrival-date").post("/fr/check").then().statusCode(200);
        form.remove("arrivalDate-day");
        form.remove("arrivalDate-month");
        form.remove("arrivalDate-year");
        form.put("arrivalDate", "2019-03-17");
        for (String[] s : new String[][]{{"had-regular-stay", "hadRegularStay", "no"}, {"partner", "partner", "no"},
                {"children", "children", "0"}, {"household-resources", "householdResources", "7 654,32"}}) {
            form.put(s[1], s[2]);
            given().contentType("application/x-www-form-urlencoded").formParams(form).formParam("_question", s[0]).post("/fr/check").then().statusCode(200);
        }
        form.put("householdResources", "7654.32");
        for (String[] s : new String[][]{{"housing", "housing", "own_home"}, {"identity-document", "identityDocument", "passport"},
                {"urgent-care", "urgentCare", "no"}, {"ame", "ame", "never"}}) {
            form.put(s[1], s[2]);
            given().contentType("application/x-www-form-urlencoded").formParams(form).formParam("_question", s[0]).post("/fr/check").then().statusCode(200);
        }
        String result = given().contentType("application/x-www-form-urlencoded").formParams(form).formParam("_show", "result").post("/fr/check")
                .then().statusCode(200).header("Set-Cookie", (String) null).extract().asString();
        assertTrue(result.contains("7\u202F654,32"), "the answer is on the page, for the person");
        // the same answers, through the API, once valid and once invalid
        given().contentType(ContentType.JSON).body("""
                {"asOf": "2025-06-01", "presence": "lives_in_france", "territory": "metropole", "status": "no_permit",
                 "age": 93, "arrivalDate": "2019-03-17", "householdResources": 7654.32, "housing": "own_home",
                 "identityDocument": "passport", "ame": "never"}""").post("/api/v1/assessment").then().statusCode(200);
        given().contentType(ContentType.JSON).body("{\"age\": \"7654.32\", \"arrivalDate\": \"2019-03-17x\"}")
                .post("/api/v1/assessment").then().statusCode(400);

        String written = Files.readString(log).substring((int) before);
        assertTrue(written.contains("answered question household_resources"), "the log is captured, at DEBUG");
        for (String value : ANSWERS) {
            assertFalse(written.contains(value), "the log holds an answer: " + value);
        }
        assertFalse(written.contains("lives_in_france"), "the log holds an answer");
    }

    @Test
    void noAddressRevealsAnAnswer() {
        String page = given().contentType("application/x-www-form-urlencoded")
                .formParams(Map.of("presence", "lives_in_france", "territory", "metropole", "_question", "territory"))
                .post("/en/check").asString();
        var doc = org.jsoup.Jsoup.parse(page);
        assertEquals("status", doc.selectFirst("main form input[name=_question]").attr("value"));
        for (String action : doc.select("form").eachAttr("action")) {
            assertTrue(action.matches("/[a-z]{2,3}/(check)?"), "one address for every questionnaire post: " + action);
        }
        for (String action : doc.select("button[formaction]").eachAttr("formaction")) {
            assertTrue(action.matches("/[a-z]{2,3}/check"), action);
        }
        for (String href : org.jsoup.Jsoup.parse(page).select("a[href^=/]").eachAttr("href")) {
            assertFalse(href.contains("?"), href);
        }
    }

    @Test
    void noCookieAnywhere() {
        for (String path : List.of("/", "/fr/", "/en/guide", "/en/check/presence", "/q/health", "/assets/style.css")) {
            assertNull(given().redirects().follow(false).get(path).header("Set-Cookie"), path);
        }
        assertEquals("no-referrer", given().get("/fr/").header("Referrer-Policy"));
        assertTrue(given().get("/fr/").header("Content-Security-Policy").contains("default-src 'self'"));
    }
}
