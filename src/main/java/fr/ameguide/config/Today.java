package fr.ameguide.config;

import jakarta.enterprise.context.ApplicationScoped;

import java.time.LocalDate;
import java.time.ZoneId;

/** Today in France, where applications are filed. */
@ApplicationScoped
public class Today {
    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    public LocalDate date() {
        return LocalDate.now(PARIS);
    }
}
