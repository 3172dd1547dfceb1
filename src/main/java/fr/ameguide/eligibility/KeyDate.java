package fr.ameguide.eligibility;

import java.time.LocalDate;

/** A date that matters to the person; ids are the API's (decisionExpectedBy, appealDeadline, ...). */
public record KeyDate(String id, LocalDate date) {
}
