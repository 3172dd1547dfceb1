package fr.ameguide.summary;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 14, finding 4: a forged Host (or X-Forwarded-Host, trusted from no proxy here) never reaches a link
 * the site prints. The QR code carries the configured public address (the test profile's
 * https://ame-guide.example), and redirects are relative.
 */
@QuarkusTest
class PublicAddressTest {
    private static final String PUBLIC = "https://ame-guide.example/";

    private static String qrAddress(String host, String forwardedHost) throws Exception {
        var request = given().contentType("application/x-www-form-urlencoded; charset=UTF-8").formParams(SummaryTest.answers());
        if (host != null) {
            request.header("Host", host);
        }
        if (forwardedHost != null) {
            request.header("X-Forwarded-Host", forwardedHost).header("X-Forwarded-Proto", "http").header("Forwarded",
                    "host=" + forwardedHost + ";proto=http");
        }
        String html = request.post("/en/summary").then().statusCode(200).extract().asString();
        return QrDecoding.fromSvg(Jsoup.parse(html).selectFirst(".qr svg").outerHtml());
    }

    @Test
    void theQrCodeUsesThePublicAddressWhateverTheHostSays() throws Exception {
        String plain = qrAddress(null, null);
        assertTrue(plain.startsWith(PUBLIC + "en/summary/"), plain);
        String forged = qrAddress("attacker.example", null);
        assertTrue(forged.startsWith(PUBLIC + "en/summary/"), forged);
        String forwarded = qrAddress("attacker.example", "evil.example");
        assertTrue(forwarded.startsWith(PUBLIC + "en/summary/"), forwarded);
        for (String a : new String[] {plain, forged, forwarded}) {
            assertFalse(a.contains("attacker") || a.contains("evil") || a.contains("localhost"), a);
        }
    }

    @Test
    void redirectsAreRelativeSoAForgedHostGoesNowhere() {
        Response root = given().header("Host", "attacker.example").header("Accept-Language", "ar").redirects().follow(false).get("/");
        assertEquals(303, root.statusCode());
        assertEquals("/ar/", root.header("Location"));
        Response old = given().header("Host", "attacker.example").header("X-Forwarded-Host", "evil.example").redirects().follow(false)
                .get("/en/check/presence");
        assertEquals(303, old.statusCode());
        assertEquals("/en/check", old.header("Location"));
    }
}
