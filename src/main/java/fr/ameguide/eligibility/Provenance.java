package fr.ameguide.eligibility;

import java.time.LocalDate;

/** Where a dated figure comes from and how sure we are of it. */
public record Provenance(String sourceId, FigureStatus status, LocalDate lastChecked) {
}
