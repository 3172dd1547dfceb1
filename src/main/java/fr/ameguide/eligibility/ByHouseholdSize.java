package fr.ameguide.eligibility;

import java.math.BigDecimal;
import java.util.Map;

/** A factor by household size where the last size listed stands for that size or more. */
public record ByHouseholdSize(Map<Integer, BigDecimal> values) {
    public BigDecimal forSize(int size) {
        int largest = values.keySet().stream().mapToInt(Integer::intValue).max().orElseThrow();
        return values.get(Math.min(size, largest));
    }
}
