package fr.ameguide.config;

import fr.ameguide.testing.TestDay;
import io.quarkus.runtime.LaunchMode;
import io.quarkus.runtime.configuration.ConfigurationException;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The tests' fixed day: the site under test and the tests' own dates count from the same one, and production from the real one. */
@QuarkusTest
class TodayTest {
    @Inject
    Today today;

    @Test
    void theSiteUnderTestCountsFromTheTestsDay() {
        assertEquals(TestDay.TODAY, today.date(), "%test.ameguide.today in application.properties and testing/TestDay agree");
    }

    @Test
    void withoutTheSettingItIsTheRealDay() {
        assertNull(Today.fixed(Optional.empty(), LaunchMode.NORMAL));
        assertNull(Today.fixed(Optional.of(" "), LaunchMode.TEST));
        assertEquals(LocalDate.of(2026, 12, 3), Today.fixed(Optional.of("2026-12-03"), LaunchMode.TEST));
        assertEquals(LocalDate.of(2027, 4, 1), Today.fixed(Optional.of("2027-04-01"), LaunchMode.DEVELOPMENT));
    }

    @Test
    void productionRefusesAFixedDayAndABadDateIsNamed() {
        ConfigurationException prod = assertThrows(ConfigurationException.class,
                () -> Today.fixed(Optional.of("2026-12-03"), LaunchMode.NORMAL));
        assertTrue(prod.getMessage().contains("AMEGUIDE_TODAY (ameguide.today) is for tests only"), prod.getMessage());
        ConfigurationException bad = assertThrows(ConfigurationException.class,
                () -> Today.fixed(Optional.of("3/12/2026"), LaunchMode.TEST));
        assertTrue(bad.getMessage().contains("ameguide.today is \"3/12/2026\""), bad.getMessage());
    }
}
