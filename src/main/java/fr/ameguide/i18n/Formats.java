package fr.ameguide.i18n;

import com.ibm.icu.text.DateFormat;
import com.ibm.icu.text.ListFormatter;
import com.ibm.icu.text.MessageFormat;
import com.ibm.icu.text.NumberFormat;
import com.ibm.icu.util.Currency;
import com.ibm.icu.util.TimeZone;
import com.ibm.icu.util.ULocale;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.List;
import java.util.Map;

/**
 * Locale-sensitive formatting with ICU for one language: messages with plurals and selects, dates in
 * words, euro amounts, lists. In right-to-left languages, formatted values are wrapped in Unicode
 * isolates (FSI ... PDI) so that digits and Latin text keep their order inside the sentence.
 */
public final class Formats {
    private static final char FSI = '\u2068';
    private static final char PDI = '\u2069';
    private static final TimeZone UTC = TimeZone.getTimeZone("UTC");
    private final Language language;

    public Formats(Language language) {
        this.language = language;
    }

    public Language language() {
        return language;
    }

    public String isolate(String text) {
        return language.rtl() ? FSI + text + PDI : text;
    }

    /**
     * Dates are always in the Gregorian calendar, the one French letters and deadlines use, written in the
     * language's own words and digits (ICU would otherwise pick the solar hijri calendar for Dari).
     */
    private ULocale dateLocale() {
        return language.formatLocale().setKeywordValue("calendar", "gregorian");
    }

    public String date(LocalDate date) {
        DateFormat f = DateFormat.getDateInstance(DateFormat.LONG, dateLocale());
        f.setTimeZone(UTC);
        return isolate(f.format(Date.from(date.atStartOfDay().toInstant(ZoneOffset.UTC))));
    }

    /** A month and year in words, for a date given without its day. */
    public String monthYear(LocalDate date) {
        DateFormat f = DateFormat.getInstanceForSkeleton("yMMMM", dateLocale());
        f.setTimeZone(UTC);
        return isolate(f.format(Date.from(date.atStartOfDay().toInstant(ZoneOffset.UTC))));
    }

    /** Euros, with cents only when there are cents (ceilings are whole euros). */
    public String euros(BigDecimal amount) {
        NumberFormat f = NumberFormat.getCurrencyInstance(language.formatLocale());
        f.setCurrency(Currency.getInstance("EUR"));
        boolean whole = amount.stripTrailingZeros().scale() <= 0;
        f.setMinimumFractionDigits(whole ? 0 : 2);
        f.setMaximumFractionDigits(whole ? 0 : 2);
        return isolate(f.format(amount));
    }

    public String number(long n) {
        return isolate(NumberFormat.getInstance(language.formatLocale()).format(n));
    }

    public String list(List<String> items) {
        return ListFormatter.getInstance(language.formatLocale()).format(items);
    }

    /**
     * Formats an ICU pattern. Values that are already text (dates, amounts) are inserted as given;
     * numbers drive plurals and are printed in the language's digits.
     */
    public String message(String pattern, Map<String, Object> args) {
        return new MessageFormat(pattern, language.locale()).format(args);
    }
}
