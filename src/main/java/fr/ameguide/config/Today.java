package fr.ameguide.config;

import io.quarkus.runtime.LaunchMode;
import io.quarkus.runtime.Startup;
import io.quarkus.runtime.configuration.ConfigurationException;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/**
 * Today in France, where applications are filed. Tests fix the day with {@code ameguide.today}
 * (%test. in application.properties), so that their dates, the summary's link expiry and the day the
 * page cache is kept for do not move with the calendar. In production the setting must be absent: a
 * site that believed it was another day would give wrong deadlines, so it refuses to start.
 */
@Startup
@ApplicationScoped
public class Today {
    public static final String FIXED = "ameguide.today";
    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    @ConfigProperty(name = FIXED)
    Optional<String> setting;

    private LocalDate fixed;

    @PostConstruct
    void check() {
        fixed = fixed(setting, LaunchMode.current());
    }

    public LocalDate date() {
        return fixed != null ? fixed : LocalDate.now(PARIS);
    }

    /** The fixed day, or null for the real one; a {@link ConfigurationException} in production or for a bad date. */
    static LocalDate fixed(Optional<String> setting, LaunchMode mode) {
        Optional<String> value = setting.map(String::strip).filter(s -> !s.isEmpty());
        if (value.isEmpty()) {
            return null;
        }
        if (mode == LaunchMode.NORMAL) {
            throw new ConfigurationException("AME Guide cannot start:\n  - AMEGUIDE_TODAY (" + FIXED
                    + ") is for tests only: remove it, the site counts from the real date in France");
        }
        try {
            return LocalDate.parse(value.get());
        } catch (DateTimeParseException e) {
            throw new ConfigurationException("AME Guide cannot start:\n  - " + FIXED + " is \"" + value.get()
                    + "\": it must be a day like 2026-12-03");
        }
    }
}
