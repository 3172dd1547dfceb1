package fr.ameguide.eligibility;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Optional;

/**
 * One table of annual ceilings for a territory: figures by household size (1 to 4) and, when known,
 * the amount added for each person beyond 4. Some tables are partial. {@code provenanceBySize} names the
 * sizes whose figure comes from another source than the table's (a computed table may carry one figure
 * published by a secondary source).
 */
public record CeilingTable(Map<Integer, BigDecimal> byHouseholdSize, BigDecimal eachExtraPerson,
                           Map<Integer, Provenance> provenanceBySize) {
    static final int LARGEST_LISTED = 4;

    public CeilingTable(Map<Integer, BigDecimal> byHouseholdSize, BigDecimal eachExtraPerson) {
        this(byHouseholdSize, eachExtraPerson, Map.of());
    }

    /** The provenance of the figure for {@code size}: its own if it has one, else the table's. */
    public Provenance provenance(int size, Provenance table) {
        return provenanceBySize.getOrDefault(size, table);
    }

    public Optional<BigDecimal> forSize(int size) {
        if (size <= LARGEST_LISTED) {
            return Optional.ofNullable(byHouseholdSize.get(size));
        }
        BigDecimal four = byHouseholdSize.get(LARGEST_LISTED);
        if (four == null || eachExtraPerson == null) {
            return Optional.empty();
        }
        return Optional.of(four.add(eachExtraPerson.multiply(BigDecimal.valueOf(size - LARGEST_LISTED))));
    }
}
