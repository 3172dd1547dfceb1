package fr.ameguide.i18n;

import com.ibm.icu.util.ULocale;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Euro amounts, dates and plurals in the languages whose conventions differ most from French. */
class FormatsTest {
    private static final String FSI = "\u2068";
    private static final String PDI = "\u2069";
    private static final LocalDate DAY = LocalDate.of(2026, 11, 10);

    private static Formats formats(String code, String locale, String formatLocale, boolean rtl) {
        return new Formats(new Language(code, new ULocale(locale), new ULocale(formatLocale), rtl, code, true));
    }

    @Test
    void french() {
        Formats fr = formats("fr", "fr_FR", "fr_FR", false);
        assertEquals("10\u202F421\u00A0€", fr.euros(new BigDecimal("10421")));
        assertEquals("938,43\u00A0€", fr.euros(new BigDecimal("938.43")));
        assertEquals("10 novembre 2026", fr.date(DAY));
        // The first of the month is an ordinal in French: "1er avril", never "1 avril"; other days are not.
        assertEquals("1er avril 2026", fr.date(LocalDate.of(2026, 4, 1)));
        assertEquals("11 avril 2026", fr.date(LocalDate.of(2026, 4, 11)));
        assertEquals("21 avril 2026", fr.date(LocalDate.of(2026, 4, 21)));
        assertEquals("1er janvier 2027", fr.date(LocalDate.of(2027, 1, 1)));
        String people = "{n, plural, one {# personne} many {# de personnes} other {# personnes}}";
        assertEquals("1 personne", fr.message(people, Map.of("n", 1)));
        assertEquals("2 personnes", fr.message(people, Map.of("n", 2)));
    }

    @Test
    void arabicIsolatesValuesAndHasSixPluralForms() {
        Formats ar = formats("ar", "ar", "ar", true);
        assertEquals(FSI + "\u200F10,421\u00A0€" + PDI, ar.euros(new BigDecimal("10421")));
        assertEquals(FSI + "10 نوفمبر 2026" + PDI, ar.date(DAY));
        String people = "{n, plural, zero {لا أحد} one {شخص واحد} two {شخصان} few {# أشخاص} many {# شخصًا} other {# شخص}}";
        assertEquals("لا أحد", ar.message(people, Map.of("n", 0)));
        assertEquals("شخص واحد", ar.message(people, Map.of("n", 1)));
        assertEquals("شخصان", ar.message(people, Map.of("n", 2)));
        assertEquals("3 أشخاص", ar.message(people, Map.of("n", 3)));
        assertEquals("11 شخصًا", ar.message(people, Map.of("n", 11)));
        assertEquals("100 شخص", ar.message(people, Map.of("n", 100)));
    }

    @Test
    void dariUsesPersianDigitsAndTheGregorianCalendar() {
        Formats prs = formats("prs", "fa_AF", "fa_AF", true);
        assertEquals(FSI + "€\u00A0۱۰٬۴۲۱" + PDI, prs.euros(new BigDecimal("10421")));
        assertEquals(FSI + "۱۰ نومبر ۲۰۲۶" + PDI, prs.date(DAY), "French deadlines are Gregorian, not solar hijri");
        String people = "{n, plural, one {# نفر} other {# نفر}}";
        assertEquals("۳ نفر", prs.message(people, Map.of("n", 3)));
    }

    @Test
    void bengaliUsesBengaliDigits() {
        Formats bn = formats("bn", "bn_BD", "bn_BD", false);
        assertEquals("১০,৪২১€", bn.euros(new BigDecimal("10421")));
        assertEquals("১০ নভেম্বর, ২০২৬", bn.date(DAY));
        assertEquals("২ জন", bn.message("{n, plural, one {# জন} other {# জন}}", Map.of("n", 2)));
    }

    @Test
    void russianHasFourPluralForms() {
        Formats ru = formats("ru", "ru_RU", "ru_RU", false);
        assertEquals("10\u00A0421\u00A0€", ru.euros(new BigDecimal("10421")));
        assertEquals("10 ноября 2026\u202Fг.", ru.date(DAY));
        String people = "{n, plural, one {# человек} few {# человека} many {# человек} other {# человека}}";
        assertEquals("1 человек", ru.message(people, Map.of("n", 1)));
        assertEquals("3 человека", ru.message(people, Map.of("n", 3)));
        assertEquals("5 человек", ru.message(people, Map.of("n", 5)));
        assertEquals("21 человек", ru.message(people, Map.of("n", 21)));
    }

    @Test
    void haitianCreoleFormatsLikeFrenchInHaitiAndHasOnePluralForm() {
        // ICU has no Haitian Creole data: numbers and dates deliberately follow French as written in Haiti
        // (French is co-official there and is what the CPAM's letters use); plurals fall back to "other".
        Formats ht = formats("ht", "ht_HT", "fr_HT", false);
        assertEquals("10\u202F421\u00A0€", ht.euros(new BigDecimal("10421")));
        assertEquals("1 moun", ht.message("{n, plural, other {# moun}}", Map.of("n", 1)));
    }

    @Test
    void haitianCreoleDatesUseCreoleMonthNames() {
        // ICU has no Haitian month names: Formats supplies them, in the French pattern of fr_HT.
        Formats ht = formats("ht", "ht_HT", "fr_HT", false);
        assertEquals("10 novanm 2026", ht.date(DAY));
        assertEquals("novanm 2026", ht.monthYear(DAY));
        List<String> expected = List.of("janvye", "fevriye", "mas", "avril", "me", "jen", "jiyè", "out", "septanm",
                "oktòb", "novanm", "desanm");
        for (int month = 1; month <= 12; month++) {
            LocalDate day = LocalDate.of(2027, month, 1);
            assertEquals("1 " + expected.get(month - 1) + " 2027", ht.date(day));
            assertEquals(expected.get(month - 1) + " 2027", ht.monthYear(day));
        }
        // French itself, with the same pattern, keeps its own names (and its ordinal first of the month).
        assertEquals("1er mars 2027", formats("fr", "fr_FR", "fr_FR", false).date(LocalDate.of(2027, 3, 1)));
    }
}
