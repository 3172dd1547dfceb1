package fr.ameguide.eligibility;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A computed ceiling row is the official row it names times its coefficient, rounded to the nearest euro
 * (CSS L861-1); a figure taken from another source may differ from the computation by at most 2 euros.
 */
class CeilingRowsTest {
    @Test
    void computedRowsFollowFromTheirOfficialRowAndCoefficient() throws Exception {
        JsonNode tables = new ObjectMapper(new YAMLFactory())
                .readTree(Path.of("content/parameters/resource_ceilings.yaml").toFile()).get("tables");
        int checked = 0;
        for (JsonNode row : tables) {
            if (!"computed".equals(row.get("status").asText())) {
                continue;
            }
            assertNotNull(row.get("computedFrom"), "computedFrom");
            BigDecimal k = new BigDecimal(row.get("coefficient").asText());
            assertEquals(new BigDecimal("1.008"), k, "the 2026 coefficient (RSA 646.52 -> 651.69)");
            JsonNode base = null;
            for (JsonNode other : tables) {
                if (other.get("from").asText().equals(row.get("computedFrom").asText())
                        && other.get("territory").asText().equals(row.get("territory").asText())) {
                    base = other;
                }
            }
            assertNotNull(base, "the official row computed from");
            assertEquals("official", base.get("status").asText());
            for (int size = 1; size <= 4; size++) {
                long expected = round(new BigDecimal(base.get("byHouseholdSize").get(String.valueOf(size)).asText()), k);
                long actual = row.get("byHouseholdSize").get(String.valueOf(size)).asLong();
                JsonNode own = row.path("bySizeSource").path(String.valueOf(size));
                if (own.isMissingNode()) {
                    assertEquals(expected, actual, row.get("territory").asText() + " size " + size);
                } else {
                    assertTrue(Math.abs(expected - actual) <= 2, "a sourced figure near the computation");
                }
                checked++;
            }
            assertEquals(round(new BigDecimal(base.get("eachExtraPerson").asText()), k), row.get("eachExtraPerson").asLong());
        }
        assertEquals(8, checked, "metropole and overseas, sizes 1 to 4");
    }

    private static long round(BigDecimal official, BigDecimal k) {
        return official.multiply(k).setScale(0, RoundingMode.HALF_UP).longValueExact();
    }
}
