package fr.ameguide.summary;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.UUID;

/** An iCalendar file (RFC 5545) of all-day reminders, written by hand: a few lines need no library. */
public final class CalendarFile {
    private static final DateTimeFormatter DAY = DateTimeFormatter.BASIC_ISO_DATE;
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("uuuuMMdd'T'HHmmss'Z'");

    private CalendarFile() {
    }

    public record Event(LocalDate date, String summary, String description) {
    }

    public static String write(List<Event> events, String language, ZonedDateTime now) {
        StringBuilder out = new StringBuilder();
        line(out, "BEGIN:VCALENDAR");
        line(out, "VERSION:2.0");
        line(out, "PRODID:-//AME Guide//" + language.toUpperCase() + "//");
        line(out, "CALSCALE:GREGORIAN");
        line(out, "METHOD:PUBLISH");
        String stamp = now.withZoneSameInstant(ZoneOffset.UTC).format(STAMP);
        for (Event e : events) {
            line(out, "BEGIN:VEVENT");
            line(out, "UID:" + UUID.randomUUID() + "@ame-guide");
            line(out, "DTSTAMP:" + stamp);
            line(out, "DTSTART;VALUE=DATE:" + e.date().format(DAY));
            line(out, "DTEND;VALUE=DATE:" + e.date().plusDays(1).format(DAY));
            line(out, "SUMMARY;LANGUAGE=" + language + ":" + escape(e.summary()));
            line(out, "DESCRIPTION;LANGUAGE=" + language + ":" + escape(e.description()));
            line(out, "TRANSP:TRANSPARENT");
            line(out, "BEGIN:VALARM");
            line(out, "ACTION:DISPLAY");
            line(out, "TRIGGER:-P1D");
            line(out, "DESCRIPTION:" + escape(e.summary()));
            line(out, "END:VALARM");
            line(out, "END:VEVENT");
        }
        line(out, "END:VCALENDAR");
        return out.toString();
    }

    static String escape(String text) {
        return text.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n");
    }

    /** Folds lines longer than 75 octets without cutting a character in two. */
    private static void line(StringBuilder out, String content) {
        int octets = 0;
        int i = 0;
        while (i < content.length()) {
            int cp = content.codePointAt(i);
            int len = new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8).length;
            if (octets + len > 75) {
                out.append("\r\n ");
                octets = 1;
            }
            out.appendCodePoint(cp);
            octets += len;
            i += Character.charCount(cp);
        }
        out.append("\r\n");
    }
}
