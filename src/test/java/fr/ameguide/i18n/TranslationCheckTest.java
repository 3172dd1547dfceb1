package fr.ameguide.i18n;

import com.ibm.icu.util.ULocale;
import fr.ameguide.content.Content;
import fr.ameguide.content.RepositoryContent;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every offered language is whole: no missing or extra key, valid ICU syntax, the French placeholders,
 * every plural category of the language, and nothing translated from an older French text.
 */
class TranslationCheckTest {

    @TestFactory
    Stream<DynamicTest> everyOfferedLanguageIsWholeAndCurrent() {
        Content content = RepositoryContent.load();
        return content.languages().offered().stream().map(l -> DynamicTest.dynamicTest(l.code(), () -> {
            assertEquals(List.of(), content.translations().problems(l));
            assertEquals(List.of(), content.translations().stale(l));
        }));
    }

    private static final Language AR = new Language("ar", new ULocale("ar"), new ULocale("ar"), true, "ar", true);
    private static final Message FR = new Message("k", "Vous avez {count, plural, one {# enfant} many {# enfants} other {# enfants}} depuis le {date}.",
            "", TranslationState.SOURCE);

    private static List<String> problemsOf(String arabic) {
        Translations t = new Translations(Map.of("fr", Map.of("k", FR),
                "ar", Map.of("k", new Message("k", arabic, FR.pattern(), TranslationState.DRAFT))));
        return t.problems(AR);
    }

    @Test
    void aCompleteArabicPluralPasses() {
        assertEquals(List.of(), problemsOf("لديك {count, plural, zero {لا أطفال} one {طفل واحد} two {طفلان} few {# أطفال} many {# طفلًا} other {# طفل}} منذ {date}."));
    }

    @Test
    void missingPluralCategoriesAreReported() {
        assertTrue(problemsOf("لديك {count, plural, one {طفل واحد} other {# طفل}} منذ {date}.").get(0)
                .contains("lacks plural categories [few, many, two, zero]"));
    }

    @Test
    void placeholdersThatDifferFromTheFrenchAreReported() {
        assertTrue(problemsOf("لديك {count, plural, zero {لا} one {واحد} two {اثنان} few {#} many {#} other {#}} منذ {day}.").get(0)
                .contains("placeholders"));
    }

    @Test
    void invalidSyntaxIsReported() {
        assertTrue(problemsOf("لديك {count, plural, zero {لا} منذ {date}.").get(0).contains("not valid ICU syntax"));
    }

    @Test
    void aMissingKeyIsReported() {
        Translations t = new Translations(Map.of("fr", Map.of("k", FR), "ar", Map.of()));
        assertEquals(List.of("ar: missing k"), t.problems(AR));
    }

    @Test
    void aFrenchOnlyKeyIsMissingFromNoLanguageAndWrongInOne() {
        Message clerk = new Message("clerk.k", "Pour l’agent", "", TranslationState.SOURCE);
        Translations none = new Translations(Map.of("fr", Map.of("k", FR, "clerk.k", clerk),
                "ar", Map.of("k", new Message("k", problemsArabic(), FR.pattern(), TranslationState.DRAFT))), java.util.Set.of("clerk.k"));
        assertEquals(List.of(), none.problems(AR));
        Translations one = new Translations(Map.of("fr", Map.of("k", FR, "clerk.k", clerk),
                "ar", Map.of("k", new Message("k", problemsArabic(), FR.pattern(), TranslationState.DRAFT),
                        "clerk.k", new Message("clerk.k", "للموظف", clerk.pattern(), TranslationState.DRAFT))), java.util.Set.of("clerk.k"));
        assertEquals(List.of("ar: clerk.k is French only"), one.problems(AR));
        assertTrue(one.frenchOnly("clerk.k"));
        Content content = RepositoryContent.load();
        assertTrue(content.translations().frenchOnly("clerk.title"), "the clerk's box is French only (content/languages.yaml)");
        assertTrue(content.translations().source().containsKey("clerk.title"));
    }

    private static String problemsArabic() {
        return "لديك {count, plural, zero {لا أطفال} one {طفل واحد} two {طفلان} few {# أطفال} many {# طفلًا} other {# طفل}} منذ {date}.";
    }

    @Test
    void aTranslationOfAnOlderFrenchTextIsStale() {
        Translations t = new Translations(Map.of("fr", Map.of("k", FR),
                "ar", Map.of("k", new Message("k", "نص", "Un ancien texte.", TranslationState.DRAFT))));
        assertEquals(List.of("ar: k was made from an older French text"), t.stale(AR));
    }

    @Test
    void reviewedAndDraftStatesAreReadFromXliff() throws Exception {
        String xliff = """
                <?xml version="1.0" encoding="UTF-8"?>
                <xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2"><file original="core.properties" source-language="fr" target-language="ar" datatype="plaintext"><body>
                <trans-unit id="a"><source>Oui</source><target state="final">نعم</target></trans-unit>
                <trans-unit id="b"><source>Non</source><target state="needs-review-translation" state-qualifier="mt-suggestion">لا</target></trans-unit>
                <trans-unit id="c"><source>Peut-être</source><target state="new"></target></trans-unit>
                </body></file></xliff>""";
        Map<String, Message> m = TranslationFiles.readXliff(new java.io.ByteArrayInputStream(xliff.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        assertEquals(TranslationState.REVIEWED, m.get("a").state());
        assertEquals(TranslationState.DRAFT, m.get("b").state());
        assertEquals("Non", m.get("b").madeFrom());
        assertTrue(!m.containsKey("c"), "an empty target is not a translation");
    }
}
