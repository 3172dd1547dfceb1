package fr.ameguide.eligibility;

import java.math.BigDecimal;
import java.time.LocalDate;

/** The annual ceiling applied to one assessment, with the table it came from. */
public record ResourceCeiling(BigDecimal amount, int householdSize, Territory territory, LocalDate validFrom,
                              Provenance provenance) {
}
