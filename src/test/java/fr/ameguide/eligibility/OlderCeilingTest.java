package fr.ameguide.eligibility;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Issue 9: the core says when a newer table lacks the household's size and an older table's figure is used. */
class OlderCeilingTest {
    private static final Provenance SOURCE = new Provenance("test", FigureStatus.OFFICIAL, LocalDate.of(2026, 12, 3));
    private static final LocalDate OLD = LocalDate.of(2025, 4, 1);
    private static final LocalDate NEW = LocalDate.of(2026, 4, 1);

    private static RuleBook rules() {
        CeilingTable full = new CeilingTable(Map.of(1, new BigDecimal("10000"), 2, new BigDecimal("15000"),
                3, new BigDecimal("18000"), 4, new BigDecimal("21000")), new BigDecimal("4000"));
        CeilingTable partial = new CeilingTable(Map.of(1, new BigDecimal("10100"), 2, new BigDecimal("15100")), null);
        DatedSeries<CeilingTable> metropole = new DatedSeries<>("test ceilings",
                List.of(new Dated<>(OLD, full, SOURCE), new Dated<>(NEW, partial, SOURCE)));
        return new RuleBook(Map.of(Territory.METROPOLE, metropole), null, null, null, null, null);
    }

    @Test
    void aSizeTheNewestTableHasComesFromIt() {
        ResourceCeiling c = rules().ceiling(Territory.METROPOLE, 2, LocalDate.of(2026, 12, 3)).orElseThrow();
        assertEquals(new BigDecimal("15100"), c.amount());
        assertEquals(NEW, c.validFrom());
        assertFalse(c.fromOlderTable());
    }

    @Test
    void aSizeOnlyAnOlderTableHasIsSaidToComeFromIt() {
        ResourceCeiling c = rules().ceiling(Territory.METROPOLE, 5, LocalDate.of(2026, 12, 3)).orElseThrow();
        assertEquals(new BigDecimal("25000"), c.amount());
        assertEquals(OLD, c.validFrom());
        assertTrue(c.fromOlderTable());
    }

    @Test
    void beforeTheNewTableTheOldOneIsTheNewest() {
        ResourceCeiling c = rules().ceiling(Territory.METROPOLE, 5, LocalDate.of(2026, 1, 3)).orElseThrow();
        assertFalse(c.fromOlderTable());
    }
}
