package fr.ameguide.cache;

import fr.ameguide.content.Content;
import fr.ameguide.content.RepositoryContent;
import fr.ameguide.testing.TestDay;
import fr.ameguide.testing.TestPerson;
import fr.ameguide.web.CachedPages;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.zip.GZIPInputStream;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Pages without answers are kept compressed, validated by ETag and cacheable; pages with answers are never kept. */
@QuarkusTest
class CachedPagesTest {
    @Inject
    CachedPages cache;

    static List<String> cacheablePaths(Content content, String lang) {
        List<String> paths = new ArrayList<>(List.of("/" + lang + "/", "/" + lang + "/guide"));
        content.pages().forEach(p -> paths.add("/" + lang + "/guide/" + p.slug()));
        return paths;
    }

    @Test
    void pagesWithoutAnswersCarryAValidatorAndAnswer304() {
        Content content = RepositoryContent.load();
        List<String> paths = new ArrayList<>(cacheablePaths(content, "fr"));
        paths.addAll(cacheablePaths(content, "ar"));
        assertTrue(paths.contains("/fr/guide/glossary") && paths.contains("/ar/guide/professionals"), paths.toString());
        for (String path : paths) {
            Response first = given().header("Accept-Encoding", "gzip").get(path);
            assertEquals(200, first.statusCode(), path);
            String etag = first.header("ETag");
            assertNotNull(etag, path);
            assertTrue(etag.startsWith("\"") && etag.endsWith("\""), path + ": a strong validator " + etag);
            assertEquals("gzip", first.header("Content-Encoding"), path);
            assertEquals(1, first.headers().getValues("Cache-Control").size(), path);
            String cc = first.header("Cache-Control");
            assertTrue(cc.contains("public") && cc.contains("max-age=") && cc.contains("stale-while-revalidate="), path + ": " + cc);
            assertTrue(first.header("Vary").contains("Accept-Encoding"), path);
            assertTrue(first.contentType().startsWith("text/html"), path);

            Response again = given().header("Accept-Encoding", "gzip").header("If-None-Match", etag).get(path);
            assertEquals(304, again.statusCode(), path);
            assertEquals(etag, again.header("ETag"), path);
            assertEquals("", again.asString(), path);
            assertNotNull(again.header("Cache-Control"), path);

            // A weak comparison also matches, and a list of tags; an older tag gets the page.
            assertEquals(304, given().header("If-None-Match", "\"old\", W/" + etag).get(path).statusCode(), path);
            assertEquals(200, given().header("If-None-Match", "\"old\"").get(path).statusCode(), path);
        }
    }

    @Test
    void theCompressedAndThePlainPageAreTheSameBytes() throws Exception {
        // java.net.http sends exactly the headers given (RestAssured always asks for gzip).
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        URI uri = URI.create("http://localhost:" + RestAssured.port + "/fr/guide/documents");
        HttpResponse<byte[]> plain = client.send(HttpRequest.newBuilder(uri).build(), HttpResponse.BodyHandlers.ofByteArray());
        HttpResponse<byte[]> gz = client.send(HttpRequest.newBuilder(uri).header("Accept-Encoding", "gzip").build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertTrue(plain.headers().firstValue("Content-Encoding").isEmpty());
        assertEquals("gzip", gz.headers().firstValue("Content-Encoding").orElseThrow());
        assertArrayEquals(plain.body(), new GZIPInputStream(new ByteArrayInputStream(gz.body())).readAllBytes());
        assertNotEquals(plain.headers().firstValue("ETag"), gz.headers().firstValue("ETag"), "two representations, two strong tags");
        assertEquals(plain.body().length, plain.headers().firstValueAsLong("Content-Length").orElseThrow());
        assertEquals("fr", Jsoup.parse(new String(plain.body(), StandardCharsets.UTF_8)).selectFirst("html").attr("lang"));
        assertTrue(gz.body().length < plain.body().length / 2);
        HttpResponse<byte[]> refused = client.send(HttpRequest.newBuilder(uri).header("Accept-Encoding", "gzip;q=0, identity").build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertArrayEquals(plain.body(), refused.body());

        // Over HTTP/2 (h2c here) the framework compresses: still the same bytes once inflated.
        HttpClient h2 = HttpClient.newBuilder().version(HttpClient.Version.HTTP_2).build();
        h2.send(HttpRequest.newBuilder(uri).build(), HttpResponse.BodyHandlers.ofByteArray()); // the upgrade
        HttpResponse<byte[]> gz2 = h2.send(HttpRequest.newBuilder(uri).header("Accept-Encoding", "gzip").build(),
                HttpResponse.BodyHandlers.ofByteArray());
        byte[] body2 = gz2.headers().firstValue("Content-Encoding").isPresent()
                ? new GZIPInputStream(new ByteArrayInputStream(gz2.body())).readAllBytes() : gz2.body();
        assertArrayEquals(plain.body(), body2, gz2.version().toString());
    }

    @Test
    void theCacheKeepsOneEntryPerRealPage() {
        Content content = RepositoryContent.load();
        for (int i = 0; i < 30; i++) {
            assertEquals(404, given().get("/fr/guide/no-such-page-" + i).statusCode());
            assertEquals(404, given().get("/xx" + i + "/guide").statusCode());
        }
        given().get("/fr/guide/documents?x=1").then().statusCode(200);
        assertTrue(given().get("/fr/guide/documents;x=2").statusCode() < 500);
        // Per language: the start page, the guide's index, each guide page, and the two pages of local help
        // (the postcode box and the professionals' page), the models' index and each model.
        int max = content.languages().offered().size() * (content.pages().size() + 4 + 1 + content.models().size());
        for (int i = 0; i < 30; i++) {
            assertEquals(404, given().get("/fr/models/no-such-model-" + i).statusCode());
        }
        assertTrue(cache.size() <= max, cache.size() + " entries for at most " + max + " pages");
    }

    @Test
    void stylesheetAndScriptAreFingerprintedAndImmutable() {
        Document doc = Jsoup.parse(given().get("/en/guide").asString());
        String css = doc.selectFirst("link[rel=stylesheet]").attr("href");
        String js = doc.selectFirst("script[src]").attr("src");
        assertTrue(css.matches("/assets/[0-9a-f]{12}/style\\.css"), css);
        assertTrue(js.matches("/assets/[0-9a-f]{12}/leave\\.js"), js);
        assertTrue(given().get("/assets/leave.js").asString().startsWith("//"), "the source has its comment");
        assertFalse(given().get(js).asString().contains("\n//"), "the served script has none");
        for (String[] pair : new String[][]{{css, "/assets/style.css"}, {js, "/assets/leave.js"}}) {
            Response r = given().header("Accept-Encoding", "gzip").get(pair[0]);
            assertEquals(200, r.statusCode(), pair[0]);
            assertEquals(List.of("public, max-age=31536000, immutable"), r.headers().getValues("Cache-Control"), pair[0]);
            assertTrue(r.header("Cache-Control").contains("max-age=31536000"), pair[0]);
            assertEquals("gzip", r.header("Content-Encoding"), pair[0]);
            String plain = given().get(pair[1]).asString();
            // the scripts go out without their comment lines; the stylesheet as it is
            String served = pair[1].endsWith(".js") ? plain.replaceAll("(?m)^[ \\t]*//.*\\R", "") : plain;
            assertEquals(served, r.asString(), pair[0] + " is " + pair[1]);
            assertEquals(304, given().header("If-None-Match", r.header("ETag")).get(pair[0]).statusCode(), pair[0]);
        }
        // A page kept from an older release still gets today's stylesheet, but not for a year.
        Response old = given().get("/assets/000000000000/style.css");
        assertEquals(200, old.statusCode());
        assertFalse(old.header("Cache-Control").contains("immutable"));
        assertEquals(404, given().get("/assets/000000000000/nothing.css").statusCode());
        assertEquals(404, given().get("/assets/000000000000/..%2Fapplication.properties").statusCode());
    }

    /** An adult of 29 without a permit, in France for two years, eligible. */
    private static TestPerson person() {
        return TestPerson.adultWithoutPermit(TestDay.TODAY).age(29);
    }

    @Test
    void pagesWithAnswersAreNotKept() {
        Map<String, String> answers = person().form();
        // The questionnaire's one address, showing the result and then after a question; the summary.
        for (String target : List.of("/fr/check _show=result", "/fr/summary -", "/fr/check _question=territory")) {
            String path = target.split(" ")[0];
            Map<String, String> body = new LinkedHashMap<>(answers);
            String[] extra = target.split(" ")[1].split("=");
            if (extra.length == 2) {
                body.put(extra[0], extra[1]);
            }
            Response r = given().contentType("application/x-www-form-urlencoded; charset=UTF-8").formParams(body).post(path);
            assertEquals(200, r.statusCode(), target);
            assertEquals("no-store", r.header("Cache-Control"), path);
            assertNull(r.header("ETag"), path);
        }
        Response question = given().redirects().follow(true).get("/fr/check");
        assertFalse(String.valueOf(question.header("Cache-Control")).contains("public"), "a question page is not shared");
    }

    @Test
    void answerPagesAreGzippedOnceAndInflateToThePlainPage() throws Exception {
        String form = person().form().entrySet().stream().map(e -> e.getKey() + "=" + e.getValue())
                .collect(Collectors.joining("&")) + "&_show=result";
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        URI uri = URI.create("http://localhost:" + RestAssured.port + "/fr/check");
        HttpRequest.Builder post = HttpRequest.newBuilder(uri).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form));
        HttpResponse<byte[]> plain = client.send(post.build(), HttpResponse.BodyHandlers.ofByteArray());
        HttpResponse<byte[]> gz = client.send(post.copy().header("Accept-Encoding", "gzip, deflate, br").build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertTrue(plain.headers().firstValue("Content-Encoding").isEmpty(), "no gzip unless asked");
        assertEquals("gzip", gz.headers().firstValue("Content-Encoding").orElseThrow());
        assertEquals(List.of("gzip"), gz.headers().allValues("Content-Encoding"), "compressed once, not twice");
        assertEquals("no-store", gz.headers().firstValue("Cache-Control").orElseThrow());
        assertEquals(gz.body().length, gz.headers().firstValueAsLong("Content-Length").orElseThrow());
        byte[] inflated = new GZIPInputStream(new ByteArrayInputStream(gz.body())).readAllBytes();
        // The result carries the day and a fresh sealed link only in the summary: the page itself is the same.
        assertArrayEquals(plain.body(), inflated);
        assertTrue(new String(inflated, StandardCharsets.UTF_8).contains("class=\"outcome"), "the result page");
        assertTrue(gz.body().length < plain.body().length / 2);

        // A form error (400) is compressed the same way.
        HttpResponse<byte[]> bad = client.send(HttpRequest.newBuilder(uri).header("Content-Type", "application/x-www-form-urlencoded")
                .header("Accept-Encoding", "gzip").POST(HttpRequest.BodyPublishers.ofString("_question=age&age=abc")).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(400, bad.statusCode());
        assertEquals("gzip", bad.headers().firstValue("Content-Encoding").orElseThrow());
        String badPage = new String(new GZIPInputStream(new ByteArrayInputStream(bad.body())).readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(badPage.contains("<html"), badPage);
    }
}
