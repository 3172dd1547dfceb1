package fr.ameguide.summary;

import io.quarkus.test.junit.QuarkusTest;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 11, "Sharing": the summary page offers the sealed link by SMS, WhatsApp and e-mail, each a plain link
 * the person taps (nothing is sent by the site), with one warning that whoever gets the link sees the
 * answers, and how long it works. The message is a whole sentence in the reader's language; the address is
 * the QR code's.
 */
@QuarkusTest
class ShareLinksTest {

    private static Document summary(String lang) {
        return Jsoup.parse(given().contentType("application/x-www-form-urlencoded; charset=UTF-8").formParams(SummaryTest.answers())
                .post("/" + lang + "/summary").then().statusCode(200).extract().asString());
    }

    private static String decoded(String encoded) {
        assertFalse(encoded.contains("+"), "spaces as %20, not +: " + encoded);
        return URLDecoder.decode(encoded, StandardCharsets.UTF_8);
    }

    @Test
    void theSealedLinkGoesInAMessageByEachChannelWithOneWarning() throws Exception {
        for (String lang : List.of("en", "fr", "ar")) {
            Document page = summary(lang);
            String address = QrDecoding.fromSvg(page.selectFirst(".qr svg").outerHtml());
            Element share = page.selectFirst("details.share");
            assertNotNull(share, lang + ": no share block");
            assertTrue(share.closest("main") == null, lang + ": the share block is not part of the printed summary");
            String warning = share.selectFirst("p").text();
            assertTrue(warning.contains("14"), lang + ": how long the link works: " + warning);

            String sms = share.selectFirst("a.share-sms").attr("href");
            assertTrue(sms.startsWith("sms:?&body="), sms);
            String message = decoded(sms.substring("sms:?&body=".length()));
            assertTrue(message.contains(address), lang + ": the QR code's address in the message: " + message);
            assertFalse(message.contains("{"), message);

            String whatsapp = share.selectFirst("a.share-whatsapp").attr("href");
            assertTrue(whatsapp.startsWith("https://wa.me/?text="), whatsapp);
            assertEquals(message, decoded(whatsapp.substring("https://wa.me/?text=".length())));

            String mail = share.selectFirst("a.share-email").attr("href");
            assertTrue(mail.startsWith("mailto:?subject="), mail);
            String[] parts = mail.substring("mailto:?subject=".length()).split("&body=");
            assertEquals(2, parts.length, mail);
            assertFalse(decoded(parts[0]).isBlank());
            assertEquals(message, decoded(parts[1]));
            for (Element a : share.select("a")) {
                assertEquals("noreferrer", a.attr("rel"));
            }
        }
        Document english = summary("en");
        assertTrue(english.selectFirst("details.share p").text().contains("sees all your answers"),
                english.selectFirst("details.share p").text());
    }
}
