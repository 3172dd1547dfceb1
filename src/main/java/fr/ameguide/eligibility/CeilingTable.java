package fr.ameguide.eligibility;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Optional;

/**
 * One published table of annual ceilings for a territory: figures by household size (1 to 4)
 * and, when published, the amount added for each person beyond 4. Some tables are partial.
 */
public record CeilingTable(Map<Integer, BigDecimal> byHouseholdSize, BigDecimal eachExtraPerson) {
    static final int LARGEST_LISTED = 4;

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
