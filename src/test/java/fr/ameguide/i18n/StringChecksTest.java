package fr.ameguide.i18n;

import com.ibm.icu.text.MessagePattern;
import com.ibm.icu.util.ULocale;
import fr.ameguide.content.RepositoryContent;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Each per-string check of {@link StringChecks} (and the start's plural-category check) catches a
 * deliberately broken string, and lets the same string, written correctly, pass. The checks run with the
 * repository's own rules (translations/checks.yaml) and glossary, as in DraftQualityTest.
 */
class StringChecksTest {
    private static final StringChecks CHECKS = new StringChecks(StringChecks.readConfig(DraftQualityTest.CONFIG),
            RepositoryContent.load().glossary());
    private static final StringChecks.TermBase NO_TERMS = new StringChecks.TermBase(List.of());

    private static Language language(String code, String locale, boolean rtl) {
        return new Language(code, new ULocale(locale), new ULocale(locale), rtl, code, true);
    }

    private static final Language EN = language("en", "en_GB", false);
    private static final Language UK = language("uk", "uk_UA", false);
    private static final Language HT = new Language("ht", new ULocale("ht_HT"), new ULocale("fr_HT"), false, "ht", true);
    private static final Language PS = language("ps", "ps_AF", true);
    private static final Language TI = language("ti", "ti_ER", false);
    private static final Language TA = language("ta", "ta_IN", false);

    /** The problems one check finds in one string (the other checks' findings are left out). */
    private static List<String> found(String check, Language l, StringChecks.TermBase terms, String french, String target) {
        return CHECKS.check(l, terms, "test.key", french, target).stream().filter(p -> p.contains(" [" + check + "] ")).toList();
    }

    private static void catches(String check, Language l, StringChecks.TermBase terms, String french, String broken, String good) {
        List<String> bad = found(check, l, terms, french, broken);
        assertFalse(bad.isEmpty(), check + " misses the planted defect in \"" + broken + "\"");
        assertTrue(bad.stream().allMatch(p -> p.startsWith(l.code() + ": test.key [" + check + "] ")), bad.toString());
        assertEquals(List.of(), CHECKS.check(l, terms, "test.key", french, good), "the good string passes every check");
    }

    private static void catches(String check, Language l, String french, String broken, String good) {
        catches(check, l, NO_TERMS, french, broken, good);
    }

    @Test
    void selectBranchDroppedOrAdded() {
        String fr = "{status, select, asylum {Vous demandez l’asile : la PUMa vous couvre.} french {Vous êtes français : la PUMa vous couvre.} other {L’AME peut vous couvrir.}}";
        String good = "{status, select, asylum {You are seeking asylum: the PUMa covers you.} french {You are French: the PUMa covers you.} other {AME may cover you.}}";
        // The defect of the issue: the asylum-seeker branch dropped, so an asylum seeker reads "You are French".
        catches(StringChecks.SELECT, EN, fr, "{status, select, french {You are French: the PUMa covers you.} other {AME may cover you.}}", good);
        catches(StringChecks.SELECT, EN, fr, good.replace("other {", "refugee {You are a refugee: the PUMa covers you.} other {"), good);
        catches(StringChecks.SELECT, EN, fr, "You are French: the PUMa covers you.", good);
    }

    @Test
    void explicitPluralCaseDropped() {
        String fr = "{n, plural, =0 {Aucun enfant.} one {# enfant.} other {# enfants.}}";
        catches(StringChecks.SELECT, EN, fr, "{n, plural, one {# child.} other {# children.}}",
                "{n, plural, =0 {No child.} one {# child.} other {# children.}}");
    }

    @Test
    void numberSignDroppedFromTheOtherCase() {
        String fr = "{n, plural, one {# enfant à charge} other {# enfants à charge}}";
        catches(StringChecks.SELECT, EN, fr, "{n, plural, one {one dependent child} other {dependent children}}",
                "{n, plural, one {# dependent child} other {# dependent children}}");
    }

    @Test
    void pluralCategoryOfTheLanguageMissing() {
        // Ukrainian needs one, few, many and other; a draft copied from a two-form language lacks two.
        String broken = "{n, plural, one {# дитина} other {# дітей}}";
        String good = "{n, plural, one {# дитина} few {# дитини} many {# дітей} other {# дитини}}";
        List<String> bad = Translations.pluralProblems(UK, "test.key", new MessagePattern(broken));
        assertEquals(1, bad.size(), bad.toString());
        assertTrue(bad.get(0).contains("few") && bad.get(0).contains("many"), bad.toString());
        assertEquals(List.of(), Translations.pluralProblems(UK, "test.key", new MessagePattern(good)));
    }

    @Test
    void numberOfTheFrenchMissing() {
        String fr = "Vous avez 3 mois pour envoyer la demande. Le plafond est de 10 421 € par an.";
        catches(StringChecks.NUMBERS, EN, fr, "You have 3 months to send the application. The ceiling is €10,412 a year.",
                "You have 3 months to send the application. The ceiling is €10,421 a year.");
        // Digits of another script count: Pashto writes ۳ and ۱۰٬۴۲۱.
        catches(StringChecks.NUMBERS, PS, fr, "تاسو درې میاشتې لرئ چې غوښتنه ولېږئ. حد په کال کې ۱۰٬۴۲۱ یورو دی.",
                "تاسو ۳ میاشتې لرئ چې غوښتنه ولېږئ. حد په کال کې ۱۰٬۴۲۱ یورو دی.");
    }

    @Test
    void glossaryTermReplacedOrLeftUnmarked() {
        String fr = "Envoyez la demande à la CPAM avec votre titre de séjour expiré.";
        // Replaced by an English equivalent: the reader cannot find the word on the CPAM's letters.
        catches(StringChecks.GLOSSARY, EN, fr, "Send the application to the CPAM with your expired residence permit.",
                "Send the application to the CPAM with your expired titre de séjour (residence permit).");
        // Kept but glued to a Ukrainian ending: it cannot be marked lang="fr".
        catches(StringChecks.GLOSSARY, UK, "Envoyez la demande à la CPAM.", "Надішліть заяву до CPAMу.",
                "Надішліть заяву до CPAM.");
    }

    @Test
    void copyOfTheFrench() {
        String fr = "Envoyez la demande à la CPAM de votre département.";
        catches(StringChecks.IDENTICAL, EN, fr, fr, "Send the application to the CPAM of your département.");
        // A string of only proper names and French terms may stay as it is.
        assertEquals(List.of(), found(StringChecks.IDENTICAL, EN, NO_TERMS, "CPAM", "CPAM"));
    }

    @Test
    void haitianCreoleThatIsStillFrench() {
        String fr = "Vous devez envoyer la demande à la CPAM avec votre passeport.";
        catches(StringChecks.NOT_FRENCH, HT, fr, "Vous devez envoyer la demande à la CPAM avec vos papiers.",
                "Ou dwe voye demann lan bay CPAM la ak paspò ou.");
    }

    @Test
    void wrongScript() {
        String fr = "Envoyez la demande à la CPAM.";
        catches(StringChecks.SCRIPT, UK, fr, "Nadishlit zayavu do CPAM.", "Надішліть заяву до CPAM.");
        catches(StringChecks.SCRIPT, TI, fr, "Send the application to the CPAM.",
                "ጠለብኩም ናብ CPAM ስደዱ።");
        catches(StringChecks.SCRIPT, PS, fr, "Ghushtana CPAM ta wolegai.", "غوښتنه CPAM ته ولېږئ.");
    }

    @Test
    void lengthOutOfBounds() {
        String fr = "Gardez une copie de chaque papier que vous envoyez à la CPAM.";
        catches(StringChecks.LENGTH, EN, fr, "Keep it.", "Keep a copy of every paper you send to the CPAM.");
        catches(StringChecks.LENGTH, EN, fr,
                "Keep a copy of every paper you send to the CPAM. " + "Keep a copy, always, of every single paper. ".repeat(4),
                "Keep a copy of every paper you send to the CPAM.");
    }

    @Test
    void termBaseRenderingMissingOrUsedForAnotherConcept() {
        // Tamil's agreed terms: the result is பதில், முடிவு is kept for the decision (the defect of the issue).
        StringChecks.TermBase ta = StringChecks.readTermBase(Path.of("translations/ta/terms.yaml"));
        String fr = "Votre résultat n’est pas une décision officielle.";
        catches(StringChecks.TERMS, TA, ta, fr, "உங்கள் முடிவு அதிகாரப்பூர்வ முடிவு அல்ல.",
                "உங்கள் பதில் அதிகாரப்பூர்வ முடிவு அல்ல.");
        List<String> reserved = found(StringChecks.TERMS, TA, ta, "Votre résultat", "உங்கள் முடிவு");
        assertTrue(reserved.stream().anyMatch(p -> p.contains("kept for \"decision\"")), reserved.toString());
        assertTrue(reserved.stream().anyMatch(p -> p.contains("agreed rendering")), reserved.toString());
    }

    @Test
    void allowedExceptionSilencesOnlyItsOwnStringAndCheck() {
        // checks.yaml allows English "Pause" for languages.pause, and nothing else.
        assertEquals(List.of(), CHECKS.check(EN, NO_TERMS, "languages.pause", "Pause", "Pause"));
        assertFalse(CHECKS.check(EN, NO_TERMS, "languages.stop", "Arrêter", "Arrêter").isEmpty());
    }
}
