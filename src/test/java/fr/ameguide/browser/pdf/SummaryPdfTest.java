package fr.ameguide.browser.pdf;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.MultiFormatReader;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import fr.ameguide.content.Content;
import fr.ameguide.content.RepositoryContent;
import fr.ameguide.testing.TestDay;
import fr.ameguide.testing.TestPerson;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The summary as a PDF in each of the 16 languages, printed by Debian's Chromium: the expected sentences
 * are there in the reader's language and in French, and the QR code printed on it reopens the result.
 */
@QuarkusTest
@TestProfile(SummaryPdfTest.WithChromium.class)
class SummaryPdfTest {
    static final LocalDate TODAY = TestDay.TODAY;

    public static class WithChromium implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("ameguide.pdf.chromium", "/usr/bin/chromium");
        }
    }

    /** An adult of 29 without a permit, in France for two years, in a couple with a minor child, eligible. */
    static TestPerson person() {
        return TestPerson.adultWithoutPermit(TODAY).age(29).couple().children(1, 1);
    }

    static Map<String, String> answers() {
        return person().form();
    }

    /** What text extraction returns can differ in spaces, bidi controls and compatibility forms. */
    static String normal(String s) {
        return Normalizer.normalize(s, Normalizer.Form.NFKC).replaceAll("[\\s\\u200E\\u200F\\u2066-\\u2069\\u061C]", "");
    }

    /** Right-to-left lines can come out reordered around Latin words: then every word must be on the page. */
    static boolean found(String pageText, String sentence, boolean rtl) {
        if (normal(pageText).contains(normal(sentence))) {
            return true;
        }
        if (!rtl) {
            return false;
        }
        Set<String> words = Arrays.stream(Normalizer.normalize(pageText, Normalizer.Form.NFKC).split("[\\s\\p{Punct}،۔؟]+"))
                .collect(Collectors.toSet());
        return Arrays.stream(Normalizer.normalize(sentence, Normalizer.Form.NFKC).split("[\\s\\p{Punct}،۔؟]+"))
                .filter(w -> !w.isBlank()).allMatch(words::contains);
    }

    @TestFactory
    Stream<DynamicTest> everyLanguage() throws Exception {
        Content content = RepositoryContent.load();
        Path out = Path.of("target/summary-pdf");
        Files.createDirectories(out);
        return content.languages().offered().stream().map(language -> DynamicTest.dynamicTest(language.code(), () -> {
            var response = given().contentType("application/x-www-form-urlencoded; charset=UTF-8").formParams(answers())
                    .post("/" + language.code() + "/summary/pdf").then().statusCode(200).extract();
            assertEquals("application/pdf", response.contentType(), language.code());
            byte[] pdf = response.asByteArray();
            Files.write(out.resolve("summary-" + language.code() + ".pdf"), pdf);
            System.out.printf("summary PDF %s: %d bytes%n", language.code(), pdf.length);
            try (PDDocument doc = Loader.loadPDF(pdf)) {
                String text = new PDFTextStripper().getText(doc);
                String french = content.translations().source().get("outcome.AME_ELIGIBLE.title").pattern();
                // On a right-to-left page, extraction may move a French line's full stop to its start.
                assertTrue(found(text, french, language.rtl()), language.code() + ": French outcome in " + text);
                assertTrue(found(text, "Résumé pour la CPAM", language.rtl()), language.code() + ": French title");
                for (String key : new String[]{"outcome.AME_ELIGIBLE.title", "summary.title", "result.documents_title"}) {
                    String sentence = content.translations().of(language.code()).get(key).pattern();
                    assertTrue(found(text, sentence, language.rtl()), language.code() + ": " + key + " \"" + sentence + "\" in " + text);
                }
                String address = qr(doc);
                assertTrue(address.contains("/" + language.code() + "/summary/"), address);
                String page = given().get(address.replaceFirst("https?://[^/]+", "")).then().statusCode(200).extract().asString();
                String outcome = content.translations().of(language.code()).get("outcome.AME_ELIGIBLE.title").pattern();
                assertEquals(normal(outcome), normal(Jsoup.parse(page).selectFirst(".outcome").text()), "the QR code reopens the result");
            }
        }));
    }

    /** Renders each page, at more than one resolution if needed, and reads the first QR code found. */
    static String qr(PDDocument doc) throws Exception {
        PDFRenderer renderer = new PDFRenderer(doc);
        Map<com.google.zxing.DecodeHintType, Object> hints = Map.of(com.google.zxing.DecodeHintType.TRY_HARDER, Boolean.TRUE,
                com.google.zxing.DecodeHintType.POSSIBLE_FORMATS, java.util.List.of(com.google.zxing.BarcodeFormat.QR_CODE));
        // The sealed token differs on every print, and so does the code's pattern: a page full of text can hide
        // it from the finder at one resolution, so the bottom half of the page (where it is printed) is tried too.
        for (int dpi : new int[]{150, 220, 110, 300}) {
            for (int i = doc.getNumberOfPages() - 1; i >= 0; i--) {
                BufferedImage page = renderer.renderImageWithDPI(i, dpi);
                for (BufferedImage img : List.of(page, page.getSubimage(0, page.getHeight() / 2, page.getWidth(), page.getHeight() / 2))) {
                    int[] px = img.getRGB(0, 0, img.getWidth(), img.getHeight(), null, 0, img.getWidth());
                    RGBLuminanceSource source = new RGBLuminanceSource(img.getWidth(), img.getHeight(), px);
                    for (BinaryBitmap bitmap : List.of(new BinaryBitmap(new HybridBinarizer(source)),
                            new BinaryBitmap(new com.google.zxing.common.GlobalHistogramBinarizer(source)))) {
                        try {
                            return new MultiFormatReader().decode(bitmap, hints).getText();
                        } catch (com.google.zxing.NotFoundException notHere) {
                            // keep looking
                        }
                    }
                }
            }
        }
        throw new AssertionError("no QR code in the PDF");
    }
}
