package fr.ameguide.browser;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import nu.validator.client.EmbeddedValidator;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.ByteArrayInputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * Gate: the HTML the server sends for every page type in every offered language has no error for the
 * W3C Nu HTML Checker (nu.validator:validator, run offline in this JVM). Warnings are printed, allowed.
 * The pages are those the browser was shown; each is asked for again to validate the exact bytes sent.
 */
@QuarkusTest
class ValidHtmlTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TestHTTPResource("/")
    URL root;

    @ParameterizedTest(name = "every page type in {0}")
    @MethodSource("fr.ameguide.browser.Site#offeredCodes")
    void everyPageTypeIsValidHtml(String lang) throws Exception {
        EmbeddedValidator vnu = new EmbeddedValidator();
        vnu.setOutputFormat(EmbeddedValidator.OutputFormat.JSON);
        List<String> problems = new ArrayList<>();
        int warnings = 0;
        List<Tour.Stop> stops = PageTours.of(root.toString(), lang).stops();
        for (Tour.Stop stop : stops) {
            Http.Response page = Http.fetch(stop.method(), stop.url(), stop.body());
            assertEquals(stop.status(), page.status(), "status of " + stop.label());
            assertTrue(page.contentType().startsWith("text/html"), stop.label() + " is " + page.contentType());
            String report = vnu.validate(new ByteArrayInputStream(page.text().getBytes(StandardCharsets.UTF_8)));
            List<String> errors = new ArrayList<>();
            for (JsonNode m : JSON.readTree(report).path("messages")) {
                String where = "line " + m.path("lastLine").asText("?") + ": " + m.path("message").asText()
                        + (m.has("extract") ? "\n        " + m.path("extract").asText().replace("\n", "⏎") : "");
                if ("info".equals(m.path("type").asText())) {
                    if ("warning".equals(m.path("subType").asText())) {
                        warnings++;
                        System.out.println("[browser] vnu warning, " + stop.label() + ", " + where);
                    }
                } else {
                    errors.add(m.path("type").asText() + " " + where);
                }
            }
            if (!errors.isEmpty()) {
                Path saved = Chromium.SCREENSHOTS.resolve(("html-" + stop.label()).replaceAll("[^A-Za-z0-9._-]+", "-") + ".html");
                java.nio.file.Files.createDirectories(Chromium.SCREENSHOTS);
                java.nio.file.Files.writeString(saved, page.text());
                problems.add(stop.label() + " (" + stop.method() + " " + stop.url() + ", HTML saved to " + saved + "):\n    - "
                        + String.join("\n    - ", errors));
            }
        }
        System.out.println("[browser] valid HTML: " + stops.size() + " pages in " + lang + ", "
                + problems.size() + " with errors, " + warnings + " warnings");
        if (!problems.isEmpty()) {
            fail(problems.size() + " page(s) in " + lang + " are not valid HTML:\n  " + String.join("\n  ", problems));
        }
    }
}
