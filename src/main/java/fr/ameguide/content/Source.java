package fr.ameguide.content;

import java.time.LocalDate;

/** A document a rule or figure comes from, and the day we last read it. */
public record Source(String id, String title, String url, LocalDate lastChecked) {
}
