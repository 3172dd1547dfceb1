package fr.ameguide.i18n;

import com.ibm.icu.text.DateFormat;
import com.ibm.icu.text.DateFormatSymbols;
import com.ibm.icu.text.ListFormatter;
import com.ibm.icu.text.MessageFormat;
import com.ibm.icu.text.NumberFormat;
import com.ibm.icu.text.SimpleDateFormat;
import com.ibm.icu.util.Currency;
import com.ibm.icu.util.TimeZone;
import com.ibm.icu.util.ULocale;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Locale-sensitive formatting with ICU for one language: messages with plurals and selects, dates in
 * words, euro amounts, lists. In right-to-left languages, formatted values are wrapped in Unicode
 * isolates (FSI ... PDI) so that digits and Latin text keep their order inside the sentence.
 */
public final class Formats {
    private static final char FSI = '\u2068';
    private static final char PDI = '\u2069';
    private static final TimeZone UTC = TimeZone.getTimeZone("UTC");
    /**
     * Month names ICU has no data for, by site language code. Haitian Creole dates follow the French
     * pattern of the format locale (fr_HT: "10 novanm 2026") with the Creole month names, which ICU lacks
     * (it would write "novembre"). In the standard (1979) spelling; a native reviewer should confirm them.
     */
    static final Map<String, List<String>> MONTHS = Map.of("ht", List.of(
            "janvye", "fevriye", "mas", "avril", "me", "jen", "jiyè", "out", "septanm", "oktòb", "novanm", "desanm"));
    private final Language language;
    /**
     * Patterns parsed once (ICU parsing a pattern costs more than formatting it). ICU's formatters are
     * not thread-safe: each is used under its own lock, which two cores hardly contend for.
     */
    private final Map<String, MessageFormat> messages = new ConcurrentHashMap<>();
    // Made on first use (not at start, where 16 languages' worth would slow the start), then kept.
    private volatile DateFormat longDate;
    private volatile DateFormat monthYear;
    private volatile NumberFormat integer;
    private volatile ListFormatter lists;
    private volatile ListFormatter orLists;
    private volatile NumberFormat wholeEuros;
    private volatile NumberFormat euroCents;

    public Formats(Language language) {
        this.language = language;
    }

    /**
     * Dates are always in the Gregorian calendar, the one French letters and deadlines use, written in the
     * language's own words and digits (ICU would otherwise pick the solar hijri calendar for Dari).
     */
    private ULocale dateLocale() {
        return language.formatLocale().setKeywordValue("calendar", "gregorian");
    }

    private DateFormat longDate() {
        DateFormat f = longDate;
        if (f == null) {
            f = withOwnMonths(DateFormat.getDateInstance(DateFormat.LONG, dateLocale()));
            f.setTimeZone(UTC);
            longDate = f;
        }
        return f;
    }

    private DateFormat monthYearFormat() {
        DateFormat f = monthYear;
        if (f == null) {
            f = withOwnMonths(DateFormat.getInstanceForSkeleton("yMMMM", dateLocale()));
            f.setTimeZone(UTC);
            monthYear = f;
        }
        return f;
    }

    /** The language's own month names where ICU has none (see {@link #MONTHS}), in both contexts and every width used. */
    private DateFormat withOwnMonths(DateFormat f) {
        List<String> names = MONTHS.get(language.code());
        if (names == null) {
            return f;
        }
        if (!(f instanceof SimpleDateFormat simple)) {
            throw new IllegalStateException("ICU gave no pattern-based date format for " + language.code());
        }
        String[] months = names.toArray(String[]::new);
        DateFormatSymbols symbols = (DateFormatSymbols) simple.getDateFormatSymbols().clone();
        for (int context : new int[]{DateFormatSymbols.FORMAT, DateFormatSymbols.STANDALONE}) {
            symbols.setMonths(months, context, DateFormatSymbols.WIDE);
            symbols.setMonths(months, context, DateFormatSymbols.ABBREVIATED);
        }
        simple.setDateFormatSymbols(symbols);
        return simple;
    }

    private NumberFormat integer() {
        NumberFormat f = integer;
        if (f == null) {
            f = NumberFormat.getInstance(language.formatLocale());
            integer = f;
        }
        return f;
    }

    private ListFormatter orLists() {
        ListFormatter f = orLists;
        if (f == null) {
            f = ListFormatter.getInstance(language.formatLocale(), ListFormatter.Type.OR, ListFormatter.Width.WIDE);
            orLists = f;
        }
        return f;
    }

    private ListFormatter lists() {
        ListFormatter f = lists;
        if (f == null) {
            f = ListFormatter.getInstance(language.formatLocale());
            lists = f;
        }
        return f;
    }

    private NumberFormat euros(boolean whole) {
        NumberFormat f = whole ? wholeEuros : euroCents;
        if (f == null) {
            f = euroFormat(language, whole ? 0 : 2);
            if (whole) {
                wholeEuros = f;
            } else {
                euroCents = f;
            }
        }
        return f;
    }

    private static NumberFormat euroFormat(Language language, int digits) {
        NumberFormat f = NumberFormat.getCurrencyInstance(language.formatLocale());
        f.setCurrency(Currency.getInstance("EUR"));
        f.setMinimumFractionDigits(digits);
        f.setMaximumFractionDigits(digits);
        return f;
    }

    public Language language() {
        return language;
    }

    public String isolate(String text) {
        return language.rtl() ? FSI + text + PDI : text;
    }

    /** A date in words; in French the first of the month is an ordinal, "1er avril 2026" (ICU writes "1 avril"). */
    public String date(LocalDate date) {
        DateFormat f = longDate();
        String text;
        synchronized (f) {
            text = f.format(Date.from(date.atStartOfDay().toInstant(ZoneOffset.UTC)));
        }
        if (date.getDayOfMonth() == 1 && language.code().equals("fr") && text.startsWith("1 ")) {
            text = "1er " + text.substring(2);
        }
        return isolate(text);
    }

    /** A month and year in words, for a date given without its day. */
    public String monthYear(LocalDate date) {
        DateFormat f = monthYearFormat();
        synchronized (f) {
            return isolate(f.format(Date.from(date.atStartOfDay().toInstant(ZoneOffset.UTC))));
        }
    }

    /** Euros, with cents only when there are cents (ceilings are whole euros). */
    public String euros(BigDecimal amount) {
        NumberFormat f = euros(amount.stripTrailingZeros().scale() <= 0);
        synchronized (f) {
            return isolate(f.format(amount));
        }
    }

    public String number(long n) {
        NumberFormat f = integer();
        synchronized (f) {
            return isolate(f.format(n));
        }
    }

    public String list(List<String> items) {
        return lists().format(items); // immutable
    }

    /** "A, B or C": for papers of which one is enough. */
    public String orList(List<String> items) {
        return orLists().format(items);
    }

    /**
     * Formats an ICU pattern. Values that are already text (dates, amounts) are inserted as given;
     * numbers drive plurals and are printed in the language's digits.
     */
    public String message(String pattern, Map<String, Object> args) {
        MessageFormat f = messages.computeIfAbsent(pattern, p -> new MessageFormat(p, language.locale()));
        synchronized (f) {
            return f.format(args);
        }
    }
}
