package fr.ameguide.browser.pdf;

import fr.ameguide.content.Content;
import fr.ameguide.content.RepositoryContent;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The printed summary of typical cases (issue 11) fits on two A4 pages, opens with the clerk's box in French
 * (the facts that decide, each condition ✓ or ✗) and says, in French, when the other column is an unreviewed
 * draft; each paper of the checklist is printed on one line with its French name: a row pairs the reader's
 * language and French, line by line.
 */
@QuarkusTest
@TestProfile(SummaryPdfTest.WithChromium.class)
class SummaryPagesTest {
    private static final Content CONTENT = RepositoryContent.load();
    private static final List<String> HOSTED_WITHOUT_PASSPORT = List.of("application_form", "identity_document",
            "sworn_statement_no_passport", "proof_of_presence", "host_certificate", "proof_of_resources", "photo",
            "medical_certificate");

    /** An adult hosted for free, without a passport, whose care cannot wait. */
    static Map<String, String> hostedWithoutPassport() {
        // Alone and without children now: the earlier partner's status and minor children stay, unasked.
        return SummaryPdfTest.person().with("partner", "no", "children", "0").resources("0").hosted("yes")
                .with("identityDocument", "id_card", "urgentCare", "yes").form();
    }

    static Map<String, String> familyOverTheCeiling() {
        return SummaryPdfTest.person().children(2, 2).resources("60000").with("alimonyPaid", "0").form();
    }

    static Map<String, String> eligibleLater() {
        return SummaryPdfTest.person().arrivedOn(SummaryPdfTest.TODAY.minusMonths(1)).with("visaExempt", "no", "joiningAmeHolder", "no")
                .form();
    }

    static Map<String, Map<String, String>> cases() {
        return Map.of("hosted without passport", hostedWithoutPassport(), "family over the ceiling", familyOverTheCeiling(),
                "eligible later", eligibleLater());
    }

    private static PDDocument pdf(String lang, Map<String, String> answers) throws Exception {
        byte[] pdf = given().contentType("application/x-www-form-urlencoded; charset=UTF-8").formParams(answers)
                .post("/" + lang + "/summary/pdf").then().statusCode(200).extract().asByteArray();
        return Loader.loadPDF(pdf);
    }

    @ParameterizedTest
    @ValueSource(strings = {"fr", "ar", "ta", "bn", "zh"})
    void typicalCasesFitOnTwoPages(String lang) throws Exception {
        for (var c : cases().entrySet()) {
            try (PDDocument doc = pdf(lang, c.getValue())) {
                assertTrue(doc.getNumberOfPages() <= 2, lang + " " + c.getKey() + ": " + doc.getNumberOfPages() + " pages");
            }
        }
    }

    /** What the clerk reads on the first page, in French, whatever the reader's language. */
    static final Map<String, List<String>> CLERK_BOX = Map.of(
            "hosted without passport", List.of("Pour l’agent de la CPAM", "Âge : 29 ans", "Foyer : 1 personne",
                    "Logement : hébergé gratuitement", "Pièce d’identité : carte d’identité, sans passeport", "Soins urgents : oui",
                    "AME : première demande", "✓ Réside en France", "✓ Sans titre de séjour ni démarche en cours",
                    "✓ 3 mois en France sans titre atteints le", "(dont", "de logement gratuit) ≤ plafond au"),
            "family over the ceiling", List.of("Pour l’agent de la CPAM", "Foyer : 4 personnes, en couple, 2 personnes à charge",
                    "Logement : personnel", "Pièce d’identité : passeport", "Soins urgents : non",
                    "✗ Ressources sur 12 mois : 60 000 € > plafond au", "pour 4 personnes"),
            "eligible later", List.of("Pour l’agent de la CPAM", "Foyer : 3 personnes, en couple, 1 personne à charge",
                    "✗ 3 mois en France sans titre pas encore atteints : le", "✓ Ressources sur 12 mois : 3 000 € ≤ plafond au"));

    @ParameterizedTest
    @ValueSource(strings = {"fr", "ar", "ta", "bn", "zh"})
    void theClerksBoxOpensTheFirstPageInFrench(String lang) throws Exception {
        String draft = CONTENT.translations().source().get("footer.draft").pattern();
        for (var c : cases().entrySet()) {
            try (PDDocument doc = pdf(lang, c.getValue())) {
                PDFTextStripper stripper = new PDFTextStripper();
                stripper.setEndPage(1);
                String first = SummaryPdfTest.normal(stripper.getText(doc));
                for (String fact : CLERK_BOX.get(c.getKey())) {
                    assertTrue(first.contains(SummaryPdfTest.normal(fact)), lang + " " + c.getKey() + ": \"" + fact + "\" on page 1: " + first);
                }
                // Every condition is ticked or crossed once, in the box: the reader's column has them in its own language.
                String all = SummaryPdfTest.normal(new PDFTextStripper().getText(doc));
                assertEquals(1, count(all, SummaryPdfTest.normal("Réside en France")), lang + " " + c.getKey() + ": the conditions once in French");
                assertEquals(!lang.equals("fr"), all.contains(SummaryPdfTest.normal(draft)), lang + " " + c.getKey() + ": the draft notice in French");
            }
        }
    }

    private static int count(String text, String part) {
        return text.split(java.util.regex.Pattern.quote(part), -1).length - 1;
    }

    @ParameterizedTest
    @ValueSource(strings = {"ta", "bn", "zh", "ru"})
    void eachPaperIsPrintedOnTheLineOfItsFrenchName(String lang) throws Exception {
        try (PDDocument doc = pdf(lang, hostedWithoutPassport())) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(true);
            List<String> lines = Arrays.stream(stripper.getText(doc).split("\\R")).map(SummaryPdfTest::normal).toList();
            for (String id : HOSTED_WITHOUT_PASSPORT) {
                String reader = start(fr.ameguide.testing.Sentences.of(lang, "doc." + id + ".title"), 6);
                String french = start(fr.ameguide.testing.Sentences.of("fr", "doc." + id + ".title"), 10);
                assertTrue(lines.stream().anyMatch(l -> l.contains(reader) && l.contains(french)),
                        lang + " " + id + ": \"" + reader + "\" and \"" + french + "\" on one line of " + lines);
            }
        }
    }

    /** The first characters of a sentence as extraction gives them (no spaces, compatibility forms folded). */
    private static String start(String sentence, int length) {
        String n = SummaryPdfTest.normal(sentence.replaceAll("\\{[^}]*}", ""));
        return n.substring(0, Math.min(length, n.length()));
    }
}
