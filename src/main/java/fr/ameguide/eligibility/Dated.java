package fr.ameguide.eligibility;

import java.time.LocalDate;

/** One value of a parameter, in force from {@code from} until the next value of its series. */
public record Dated<T>(LocalDate from, T value, Provenance provenance) {
}
