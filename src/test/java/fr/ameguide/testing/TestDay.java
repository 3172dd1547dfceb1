package fr.ameguide.testing;

import java.time.LocalDate;

/**
 * The day every test counts from: the site under test believes it is this day ({@code %test.ameguide.today}
 * in application.properties, which {@code TestDayTest} keeps equal to it), so that answers dated from it,
 * the summary link's expiry and the page cache mean the same whatever the calendar says.
 */
public final class TestDay {
    public static final LocalDate TODAY = LocalDate.of(2026, 12, 3);

    private TestDay() {
    }
}
