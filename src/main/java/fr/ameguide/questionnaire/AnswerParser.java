package fr.ameguide.questionnaire;

import com.ibm.icu.lang.UCharacter;
import fr.ameguide.content.AnswerError;
import fr.ameguide.content.Question;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Locale;
import java.util.Map;

/**
 * Reads what a person typed the way people type it: "9 500", "9500,50", "9.500 €", digits of any
 * script; dates as day, month and year where the day may be left empty. Values are kept normalised:
 * numbers as plain digits, dates as YYYY-MM-DD or YYYY-MM when the day is unknown.
 */
public final class AnswerParser {
    public static final String REQUIRED = AnswerError.REQUIRED;
    public static final String ABOVE = AnswerError.ABOVE;
    /** The most an amount may have: 9 digits before the decimal separator and 2 after (as the API's {@code @Digits}). */
    public static final int AMOUNT_INTEGER_DIGITS = 9;
    public static final int AMOUNT_FRACTION_DIGITS = 2;
    /** Longer raw text is refused before it is read at all: no answer a person types is this long. */
    static final int MAX_RAW_LENGTH = 64;
    private static final java.util.regex.Pattern AMOUNT = java.util.regex.Pattern.compile(
            "[0-9]{1," + AMOUNT_INTEGER_DIGITS + "}(\\.[0-9]{1," + AMOUNT_FRACTION_DIGITS + "})?");

    private AnswerParser() {
    }

    /** A normalised value, or an error code ({@link AnswerError}). */
    public record Parsed(String value, String error) {
        static Parsed ok(String value) {
            return new Parsed(value, null);
        }

        static Parsed error(String code) {
            return new Parsed(null, code);
        }

        public boolean valid() {
            return error == null;
        }
    }

    /** Parses what the question's inputs sent; {@code input} holds the form fields by name. */
    public static Parsed parse(Question q, Map<String, String> input, LocalDate today) {
        String f = q.field();
        Parsed p = switch (q.type()) {
            case CHOICE -> choice(q, input.get(f));
            case NUMBER -> number(q, input.get(f));
            case AMOUNT -> amount(input.get(f));
            case DATE -> date(q, input.get(f + "-day"), input.get(f + "-month"), input.get(f + "-year"), today);
        };
        return p.valid() && above(q, p.value(), input) ? Parsed.error(ABOVE) : p;
    }

    /** More than the earlier answer named by {@code atMost} (a normalised value carried with the answers). */
    static boolean above(Question q, String value, Map<String, String> input) {
        if (q.atMost() == null) {
            return false;
        }
        String bound = input.get(q.atMost());
        if (bound == null || !AMOUNT.matcher(bound).matches()) {
            return false;
        }
        return new BigDecimal(value).compareTo(new BigDecimal(bound)) > 0;
    }

    /** Re-checks a value already normalised (a hidden field): null if it is not valid for the question. */
    public static String stored(Question q, String value, LocalDate today) {
        if (value == null) {
            return null;
        }
        Parsed p = switch (q.type()) {
            case CHOICE -> choice(q, value);
            case NUMBER -> number(q, value);
            case AMOUNT -> amount(value);
            case DATE -> storedDate(q, value, today);
        };
        return p.valid() && p.value().equals(value) ? value : null;
    }

    static Parsed choice(Question q, String value) {
        return value != null && q.options().contains(value) ? Parsed.ok(value) : Parsed.error(REQUIRED);
    }

    private static boolean tooLong(String... raws) {
        for (String raw : raws) {
            if (raw != null && raw.length() > MAX_RAW_LENGTH) {
                return true;
            }
        }
        return false;
    }

    static Parsed number(Question q, String raw) {
        if (tooLong(raw)) {
            return Parsed.error(AnswerError.NUMBER_INVALID);
        }
        String digits = digits(raw);
        if (digits == null) {
            return Parsed.error(REQUIRED);
        }
        if (!digits.matches("[0-9]{1,6}")) {
            return Parsed.error(AnswerError.NUMBER_INVALID);
        }
        int n = Integer.parseInt(digits);
        if ((q.min() != null && n < q.min()) || (q.max() != null && n > q.max())) {
            return Parsed.error(AnswerError.NUMBER_RANGE);
        }
        return Parsed.ok(Integer.toString(n));
    }

    static Parsed amount(String raw) {
        if (tooLong(raw)) {
            return Parsed.error(AnswerError.AMOUNT_INVALID);
        }
        String s = digits(raw);
        if (s == null) {
            return Parsed.error(REQUIRED);
        }
        s = s.toLowerCase(Locale.ROOT).replace("euros", "").replace("euro", "").replace("eur", "").replace("€", "");
        if (s.startsWith("-")) {
            return Parsed.error(AnswerError.AMOUNT_NEGATIVE);
        }
        int comma = s.lastIndexOf(',');
        int dot = s.lastIndexOf('.');
        String normal;
        if (comma >= 0 && dot >= 0) {
            char decimal = comma > dot ? ',' : '.';
            char group = decimal == ',' ? '.' : ',';
            int at = s.lastIndexOf(decimal);
            String whole = s.substring(0, at);
            normal = grouped(whole, group) ? whole.replace(String.valueOf(group), "") + "." + s.substring(at + 1) : "x";
        } else if (comma >= 0 || dot >= 0) {
            char sep = comma >= 0 ? ',' : '.';
            int last = s.lastIndexOf(sep);
            boolean decimal = s.indexOf(sep) == last && s.length() - last - 1 <= 2;
            normal = decimal ? s.replace(sep, '.') : grouped(s, sep) ? s.replace(String.valueOf(sep), "") : "x";
        } else {
            normal = s;
        }
        if (!AMOUNT.matcher(normal).matches()) {
            return Parsed.error(AnswerError.AMOUNT_INVALID);
        }
        return Parsed.ok(new BigDecimal(normal).stripTrailingZeros().toPlainString());
    }

    /** Thousands written with a separator: 9.500, 1,200,000 (groups of three after the first). */
    private static boolean grouped(String s, char separator) {
        String sep = java.util.regex.Pattern.quote(String.valueOf(separator));
        return s.matches("[0-9]{1,3}(" + sep + "[0-9]{3})*");
    }

    static Parsed date(Question q, String dayRaw, String monthRaw, String yearRaw, LocalDate today) {
        if (tooLong(dayRaw, monthRaw, yearRaw)) {
            return Parsed.error(AnswerError.DATE_INVALID);
        }
        String day = digits(dayRaw);
        String month = digits(monthRaw);
        String year = digits(yearRaw);
        if (day == null && month == null && year == null) {
            return Parsed.error(REQUIRED);
        }
        if (month == null || year == null) {
            return Parsed.error(AnswerError.DATE_INCOMPLETE);
        }
        if (!month.matches("[0-9]{1,2}") || !year.matches("[0-9]{4}") || (day != null && !day.matches("[0-9]{1,2}"))) {
            return Parsed.error(AnswerError.DATE_INVALID);
        }
        String value;
        try {
            YearMonth ym = YearMonth.of(Integer.parseInt(year), Integer.parseInt(month));
            value = day == null ? ym.toString() : ym.atDay(Integer.parseInt(day)).toString();
        } catch (DateTimeException e) {
            return Parsed.error(AnswerError.DATE_INVALID);
        }
        return storedDate(q, value, today);
    }

    static Parsed storedDate(Question q, String value, LocalDate today) {
        if (value.length() != 7 && value.length() != 10) {
            return Parsed.error(AnswerError.DATE_INVALID);
        }
        LocalDate d;
        try {
            d = toDate(q, value);
        } catch (DateTimeException | IllegalArgumentException e) {
            return Parsed.error(AnswerError.DATE_INVALID);
        }
        if (d.getYear() < 1900) {
            return Parsed.error(AnswerError.DATE_TOO_OLD);
        }
        // A month without a day is in the past as soon as the month has begun.
        LocalDate earliest = value.length() == 7 ? YearMonth.parse(value).atDay(1) : d;
        if (!q.allowFuture() && earliest.isAfter(today)) {
            return Parsed.error(AnswerError.DATE_FUTURE);
        }
        if (d.getYear() > 2200) {
            return Parsed.error(AnswerError.DATE_INVALID);
        }
        return Parsed.ok(value);
    }

    /** The date a stored value stands for: a month alone means its first or its last day, as the question says. */
    public static LocalDate toDate(Question q, String value) {
        if (value.length() == 7) {
            YearMonth ym = YearMonth.parse(value);
            return q.unknownDayIsEnd() ? ym.atEndOfMonth() : ym.atDay(1);
        }
        return LocalDate.parse(value);
    }

    /** Strips spaces of every kind and turns digits of any script into ASCII; null when nothing is left. */
    static String digits(String raw) {
        if (raw == null) {
            return null;
        }
        StringBuilder out = new StringBuilder();
        raw.codePoints().forEach(cp -> {
            if (UCharacter.isWhitespace(cp) || cp == 0x00A0 || cp == 0x202F || cp == 0x2007) {
                return;
            }
            if (cp == 0x066B) { // Arabic decimal separator
                out.append(',');
            } else if (cp == 0x066C) { // Arabic thousands separator
                out.append(' ');
            } else if (UCharacter.isDigit(cp)) {
                out.append((char) ('0' + UCharacter.digit(cp, 10)));
            } else {
                out.appendCodePoint(cp);
            }
        });
        String s = out.toString().replace(" ", "");
        return s.isEmpty() ? null : s;
    }
}
