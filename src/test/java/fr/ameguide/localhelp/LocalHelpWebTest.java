package fr.ameguide.localhelp;

import fr.ameguide.content.Content;
import fr.ameguide.content.LocalHelp;
import fr.ameguide.content.RepositoryContent;
import fr.ameguide.i18n.Language;
import fr.ameguide.result.ExplainedAssessment.StepText;
import fr.ameguide.result.Wording;
import fr.ameguide.testing.TestDay;
import fr.ameguide.testing.TestPerson;
import fr.ameguide.web.Weight;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The postcode box, the offices page, the result and summary naming the place, the API, in every language. */
@QuarkusTest
class LocalHelpWebTest {
    static final String FORM = "application/x-www-form-urlencoded; charset=UTF-8";
    static final Content CONTENT = RepositoryContent.load();

    /** A first application in metropolitan France: the steps include filing in person at the caisse. */
    static Map<String, String> answers() {
        return TestPerson.adultWithoutPermit(TestDay.TODAY).age(40).arrivedOn(LocalDate.of(2024, 1, 15)).form();
    }

    static Response result(String lang, String postcode) {
        Map<String, String> form = answers();
        form.put("_show", "result");
        if (postcode != null) {
            form.put("postcode", postcode);
        }
        return given().contentType(FORM).formParams(form).post("/" + lang + "/check");
    }

    static String text(String lang, String key) {
        return CONTENT.translations().of(lang).get(key).pattern();
    }

    @Test
    void theOfficesPageNamesThePlace() {
        Response r = given().contentType(FORM).formParam("postcode", "93200").post("/fr/local-help");
        assertEquals(200, r.statusCode());
        assertEquals("no-store", r.header("Cache-Control"));
        Document doc = Jsoup.parse(r.asString());
        String main = doc.getElementById("main").text();
        assertTrue(main.contains("Déposez votre demande à la CPAM de la Seine-Saint-Denis."), main);
        assertTrue(main.contains("c’est le tribunal administratif de Montreuil qui juge votre recours"), main);
        assertTrue(main.contains("Saint-Denis"), "the commune");
        assertNotNull(doc.selectFirst("a[href=https://www.ameli.fr/seine-saint-denis/assure/adresses-et-contacts]"));
        assertNotNull(doc.selectFirst("a[href=https://montreuil.tribunal-administratif.fr]"));
        assertFalse(doc.select("main a[href^=tel:]").isEmpty(), "France Services with a sourced number have a tel: link");
        assertTrue(main.contains("Agence nationale de la cohésion des territoires (ANCT)"), "the licence's attribution");
        assertTrue(main.contains("1 août 2024") || main.contains("1er août 2024"), "the data's date");
        assertTrue(main.contains("PASS"));
        // the language buttons carry the postcode in the body; no address holds it
        assertEquals("93200", doc.selectFirst("nav.languages input[name=postcode]").attr("value"));
        for (Element e : doc.select("[href], [action], [formaction]")) {
            for (String attr : List.of("href", "action", "formaction")) {
                assertFalse(e.attr(attr).contains("93200"), e.outerHtml());
            }
        }
        assertEquals(200, given().contentType(FORM).formParam("postcode", "93200").post("/en/local-help").statusCode());
    }

    /** Back to "check your answers", then to the result again: the offices near the person are still there. */
    @Test
    void thePostcodeSurvivesAReturnToTheAnswers() {
        Document result = Jsoup.parse(result("fr", "93200").asString());
        assertTrue(result.text().contains("CPAM de la Seine-Saint-Denis"), "the offices on the result");
        Document check = Jsoup.parse(given().contentType(FORM).formParams(hidden(result.selectFirst("form.back-form"), "_show", "check-answers"))
                .post("/fr/check").asString());
        assertEquals("93200", check.selectFirst("main form input[name=postcode]").attr("value"), "carried by the check page");
        Map<String, String> again = hidden(check.selectFirst("main form[method=post]"), "_show", "result");
        Document back = Jsoup.parse(given().contentType(FORM).formParams(again).post("/fr/check").asString());
        assertTrue(back.text().contains("CPAM de la Seine-Saint-Denis"), "the offices on the result again");
        // an unknown postcode is not carried on
        Map<String, String> unknown = answers();
        unknown.put("_show", "check-answers");
        unknown.put("postcode", "00000");
        Document checkUnknown = Jsoup.parse(given().contentType(FORM).formParams(unknown).post("/fr/check").asString());
        assertTrue(checkUnknown.select("input[name=postcode]").isEmpty());
    }

    private static Map<String, String> hidden(Element form, String name, String value) {
        Map<String, String> fields = new LinkedHashMap<>();
        for (Element input : form.select("input[type=hidden]")) {
            fields.put(input.attr("name"), input.attr("value"));
        }
        fields.put(name, value);
        return fields;
    }

    @Test
    void lyonHasItsAddressAndTheNordItsFourCaisses() {
        String lyon = Jsoup.parse(given().contentType(FORM).formParam("postcode", "69003").post("/fr/local-help").asString()).text();
        assertTrue(lyon.contains("184, rue Duguesclin"), lyon);
        String nord = Jsoup.parse(given().contentType(FORM).formParam("postcode", "59000").post("/fr/local-help").asString()).text();
        for (String c : List.of("CPAM de Lille-Douai", "CPAM de Roubaix-Tourcoing", "CPAM du Hainaut", "CPAM des Flandres")) {
            assertTrue(nord.contains(c), c);
        }
        assertTrue(nord.contains(text("fr", "localhelp.caisse.several")));
        String twoDeps = Jsoup.parse(given().contentType(FORM).formParam("postcode", "01200").post("/fr/local-help").asString()).text();
        assertTrue(twoDeps.contains(text("fr", "localhelp.several_departements")) && twoDeps.contains("Ain (01)")
                && twoDeps.contains("Haute-Savoie (74)"), twoDeps);
        String mayotte = Jsoup.parse(given().contentType(FORM).formParam("postcode", "97600").post("/fr/local-help").asString()).text();
        assertTrue(mayotte.contains(text("fr", "localhelp.mayotte")), mayotte);
        String corsica = Jsoup.parse(given().contentType(FORM).formParam("postcode", "20000").post("/fr/local-help").asString()).text();
        assertTrue(corsica.contains("CPAM de la Corse-du-Sud") && corsica.contains("tribunal administratif de Bastia"), corsica);
    }

    @Test
    void badPostcodesGetAClearMessageInEveryLanguage() {
        Map<String, String> cases = Map.of("abcde", "localhelp.error.format", "9320", "localhelp.error.format",
                "00000", "localhelp.error.unknown", "99999", "localhelp.error.unknown", "", "localhelp.error.missing");
        for (Language l : CONTENT.languages().offered()) {
            for (Map.Entry<String, String> c : cases.entrySet()) {
                Response r = given().contentType(FORM).formParam("postcode", c.getKey()).post("/" + l.code() + "/local-help");
                assertEquals(400, r.statusCode(), l.code() + " " + c.getKey());
                assertEquals("no-store", r.header("Cache-Control"));
                Document doc = Jsoup.parse(r.asString());
                Element error = doc.getElementById("postcode-error");
                assertNotNull(error, l.code() + " " + c.getKey());
                assertTrue(error.text().endsWith(Jsoup.parse(text(l.code(), c.getValue())).text()), l.code() + " " + c.getKey() + ": " + error.text());
                assertEquals("true", doc.getElementById("postcode").attr("aria-invalid"));
            }
        }
        // a huge or odd body is still a 400 page, never a 5xx
        assertEquals(400, given().contentType(FORM).formParam("postcode", "9".repeat(5000)).post("/fr/local-help").statusCode());
        assertEquals(400, given().contentType(FORM).body("postcode=%E9%").post("/fr/local-help").statusCode());
    }

    @Test
    void theBoxIsOnTheStartPageTheGuidePageAndTheResult() {
        for (String path : List.of("/fr/", "/en/guide/who-helps", "/ar/local-help")) {
            Document doc = Jsoup.parse(given().get(path).asString());
            Element form = doc.selectFirst("form#local-help");
            assertNotNull(form, path);
            assertEquals("post", form.attr("method"));
            assertEquals(path.substring(0, 3) + "/local-help", form.attr("action"), path);
            assertNotNull(form.selectFirst("label[for=postcode]"));
            assertNotNull(form.selectFirst("input#postcode[name=postcode]"));
        }
        Document result = Jsoup.parse(result("fr", null).asString());
        Element form = result.selectFirst("form#local-help");
        assertEquals("/fr/check", form.attr("action"), "the result's box posts to the questionnaire's one address");
        assertEquals("result", form.selectFirst("input[name=_show]").attr("value"));
        assertEquals("never", form.selectFirst("input[name=ame]").attr("value"), "the answers travel in hidden fields");
        assertEquals(200, given().get("/fr/local-help/partners").statusCode());
    }

    @Test
    void theResultNamesTheCaisseInItsSteps() {
        Response r = result("fr", "93200");
        assertEquals(200, r.statusCode());
        assertEquals("no-store", r.header("Cache-Control"));
        Document doc = Jsoup.parse(r.asString());
        String steps = doc.selectFirst("ol.steps").text();
        assertTrue(steps.contains("Déposez votre demande en personne à la CPAM de la Seine-Saint-Denis"), steps);
        assertTrue(doc.getElementById("main").text().contains("tribunal administratif de Montreuil"));
        // the postcode goes on with the answers: summary, PDF, calendar and language buttons
        Element keep = doc.selectFirst("form.keep");
        assertEquals("93200", keep.selectFirst("input[name=postcode]").attr("value"));
        String summary = given().contentType(FORM).formParams(formOf(keep)).post("/fr/summary").asString();
        assertTrue(summary.contains("CPAM de la Seine-Saint-Denis") && summary.contains("tribunal administratif de Montreuil"));
        String en = Jsoup.parse(result("en", "93200").asString()).selectFirst("ol.steps").text();
        assertTrue(en.contains("CPAM de la Seine-Saint-Denis"), en);
        // without a postcode the steps stay general
        assertFalse(Jsoup.parse(result("fr", null).asString()).selectFirst("ol.steps").text().contains("Seine-Saint-Denis"));
    }

    @Test
    void aBadPostcodeOnTheResultKeepsTheResultAndSaysWhy() {
        Response r = result("fr", "9320");
        assertEquals(400, r.statusCode());
        Document doc = Jsoup.parse(r.asString());
        assertTrue(doc.getElementById("postcode-error").text().endsWith(Jsoup.parse(text("fr", "localhelp.error.format")).text()));
        assertNotNull(doc.selectFirst("ol.steps"), "the result is still shown");
        assertTrue(doc.select("input[type=hidden][name=postcode]").isEmpty(), "a wrong postcode is not carried on");
    }

    @Test
    void stepsNameTheCaisseAndTheTribunal() {
        Wording w = new Wording(CONTENT, CONTENT.languages().source());
        LocalHelp.Lookup lookup = CONTENT.localHelp().lookup("92000");
        List<StepText> steps = List.of(new StepText("write_to_director", "x", "text"), new StepText("go_to_tribunal", "y", "text2"),
                new StepText("ask_puma", "z", "t"), new StepText("gather_documents", "g", "h"));
        List<StepText> local = LocalOffices.localSteps(steps, lookup, w, Map.of("appealDeadline", LocalDate.of(2027, 2, 1)));
        assertEquals("Écrivez au directeur de la CPAM des Hauts-de-Seine avant le 1 février 2027", local.get(0).title().replace("1er", "1"));
        assertEquals("Si la caisse refuse encore, saisissez le tribunal administratif de Cergy-Pontoise", local.get(1).title());
        assertEquals("Demandez la PUMa à la CPAM des Hauts-de-Seine", local.get(2).title());
        assertEquals(steps.get(3), local.get(3));
        assertEquals(steps, LocalOffices.localSteps(steps, CONTENT.localHelp().lookup("01200"), w, Map.of()),
                "a postcode of two départements names no place in the steps");
    }

    @Test
    void theApi() {
        given().contentType(ContentType.JSON).body("{\"postcode\": \"93200\"}").post("/api/v1/help")
                .then().statusCode(200).header("Cache-Control", "no-store")
                .body("departement.code", equalTo("93"))
                .body("departement.name", equalTo("Seine-Saint-Denis"))
                .body("cpam.name", equalTo("CPAM de la Seine-Saint-Denis"))
                .body("cpam.url", equalTo("https://www.ameli.fr/seine-saint-denis/assure/adresses-et-contacts"))
                .body("tribunal.name", equalTo("Tribunal administratif de Montreuil"))
                .body("tribunal.address", nullValue())
                .body("franceServices[0].name", notNullValue())
                .body("franceServices[0].postcode", notNullValue())
                .body("franceServices[0].commune", notNullValue())
                .body("pass", hasSize(0))
                .body("sources", hasSize(4))
                .body("sources.date", hasItem("2024-08-01"));
        given().contentType(ContentType.JSON).body("{\"postcode\": \"97300\"}").post("/api/v1/help?lang=en")
                .then().statusCode(200).body("cpam.name", containsString("CGSS"))
                .body("tribunal.name", equalTo("Tribunal administratif de la Guyane"))
                .body("passText", equalTo(text("en", "localhelp.api.pass")));
        given().contentType(ContentType.JSON).body("{\"postcode\": \"20000\"}").post("/api/v1/help")
                .then().statusCode(200).body("departement.code", equalTo("2A")).body("tribunal.seat", equalTo("Bastia"));
        given().contentType(ContentType.JSON).body("{\"postcode\": \"69001\"}").post("/api/v1/help")
                .then().statusCode(200).body("tribunal.address", containsString("rue Duguesclin"));
        given().contentType(ContentType.JSON).body("{\"postcode\": 92000}").post("/api/v1/help")
                .then().statusCode(200).body("tribunal.name", equalTo("Tribunal administratif de Cergy-Pontoise"));
        given().contentType(ContentType.JSON).body("{\"postcode\": \"01200\"}").post("/api/v1/help")
                .then().statusCode(200).body("otherDepartements", hasSize(1));
        given().contentType(ContentType.JSON).body("{\"postcode\": \"97600\"}").post("/api/v1/help")
                .then().statusCode(200).body("notice", equalTo(text("fr", "localhelp.mayotte"))).body("cpam.url", nullValue());
    }

    @Test
    void theApiRefusesBadPostcodesInTheReadersLanguage() {
        Map<String, String> cases = new LinkedHashMap<>();
        cases.put("{\"postcode\": \"abcde\"}", "localhelp.error.format");
        cases.put("{\"postcode\": \"9320\"}", "localhelp.error.format");
        cases.put("{\"postcode\": \"00000\"}", "localhelp.error.unknown");
        cases.put("{\"postcode\": \"99999\"}", "localhelp.error.unknown");
        cases.put("{\"postcode\": true}", "localhelp.error.format");
        cases.put("{\"postcode\": 932.5}", "localhelp.error.format");
        cases.put("{}", "localhelp.error.missing");
        cases.put("{\"other\": 1}", "localhelp.error.missing");
        for (String lang : List.of("fr", "en", "ar", "uk")) {
            for (Map.Entry<String, String> c : cases.entrySet()) {
                given().contentType(ContentType.JSON).body(c.getKey()).post("/api/v1/help?lang=" + lang)
                        .then().statusCode(400).body("errors", hasSize(1)).body("errors[0].field", equalTo("postcode"))
                        .body("errors[0].message", equalTo(text(lang, c.getValue())));
            }
        }
        for (String body : List.of("", "not json", "[1]", "\"93200\"", "{\"postcode\": ")) {
            given().contentType(ContentType.JSON).body(body).post("/api/v1/help").then().statusCode(400)
                    .body("errors[0].field", equalTo("body"));
        }
        given().contentType(ContentType.JSON).body("{\"postcode\": \"93200\"}").post("/api/v1/help?lang=xx")
                .then().statusCode(400).body("errors[0].field", equalTo("lang"));
        given().contentType(ContentType.JSON).body("{\"postcode\": \"" + "1".repeat(20000) + "\"}").post("/api/v1/help")
                .then().statusCode(400);
    }

    @Test
    void theApiIsInTheOpenApiDocument() {
        given().accept("application/json").get("/q/openapi?format=json").then().statusCode(200)
                .body("paths.'/api/v1/help'.post", notNullValue())
                .body("components.schemas.HelpResponse.properties.tribunal", notNullValue())
                .body("components.schemas.HelpRequest.properties.postcode", notNullValue());
    }

    /** The heaviest result with offices, in every language, within 14 KB compressed with its stylesheet. */
    @Test
    void theResultWithOfficesStaysLight() {
        int css = Weight.gzipSize(given().get("/assets/style.css").asString());
        int heaviest = 0;
        String where = "";
        for (Language l : CONTENT.languages().offered()) {
            for (String postcode : List.of("02300", "59000", "01200", "75012", "13001", "97150", "62000", "97600")) {
                Response r = result(l.code(), postcode);
                assertEquals(200, r.statusCode(), l.code() + " " + postcode);
                int size = Weight.gzipSize(r.asString()) + css;
                if (size > heaviest) {
                    heaviest = size;
                    where = l.code() + " " + postcode;
                }
            }
        }
        System.out.println("heaviest result with local offices: " + heaviest + " bytes gzip with CSS (" + where + ")");
        assertTrue(heaviest <= Weight.BUDGET, where + ": " + heaviest);
    }

    static Map<String, String> formOf(Element form) {
        Map<String, String> values = new LinkedHashMap<>();
        form.select("input[type=hidden]").forEach(i -> values.put(i.attr("name"), i.attr("value")));
        return values;
    }
}
