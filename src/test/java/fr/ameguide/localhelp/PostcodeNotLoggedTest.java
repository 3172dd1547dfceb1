package fr.ameguide.localhelp;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * With our code and the HTTP layers logging at DEBUG into target/test-app.log (the test profile), a
 * postcode sent by every way in (box, result, summary, API; valid, malformed, unknown) reaches no log.
 */
@QuarkusTest
class PostcodeNotLoggedTest {
    /** Postcodes no other test sends, so that finding one in the log means this test's request wrote it. */
    static final String VALID = "87380";
    static final String UNKNOWN = "87999";
    static final String MALFORMED = "8x7q5";

    @Test
    void noPostcodeReachesTheLog() throws IOException {
        Path log = Path.of("target/test-app.log");
        long before = Files.exists(log) ? Files.size(log) : 0;
        for (String p : new String[]{VALID, UNKNOWN, MALFORMED}) {
            given().contentType(LocalHelpWebTest.FORM).formParam("postcode", p).post("/fr/local-help");
            LocalHelpWebTest.result("en", p);
            Map<String, String> form = LocalHelpWebTest.answers();
            form.put("postcode", p);
            given().contentType(LocalHelpWebTest.FORM).formParams(form).post("/fr/summary");
            given().contentType(ContentType.JSON).body("{\"postcode\": \"" + p + "\"}").post("/api/v1/help?lang=ar");
        }
        assertTrue(given().contentType(LocalHelpWebTest.FORM).formParam("postcode", VALID).post("/fr/local-help").asString()
                .contains(VALID), "the postcode is on the page, for the person");
        String written = Files.readString(log).substring((int) before);
        assertTrue(written.contains("local help page: found") && written.contains("local help page: UNKNOWN")
                && written.contains("help API: FORMAT"), "the log is captured, at DEBUG, from these very requests");
        for (String p : new String[]{VALID, UNKNOWN, MALFORMED, "87 380"}) {
            assertFalse(written.contains(p), "the log holds a postcode: " + p);
        }
    }
}
