package fr.ameguide.eligibility;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * The annual ceiling applied to one assessment, with the table it came from. {@code fromOlderTable}: the
 * newest table in force on that day has no figure for this household size, so an older table's is used.
 */
public record ResourceCeiling(BigDecimal amount, int householdSize, Territory territory, LocalDate validFrom,
                              Provenance provenance, boolean fromOlderTable) {
}
