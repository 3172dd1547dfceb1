package fr.ameguide.eligibility;

import java.util.Map;

/**
 * One condition checked, met or not, with the values that explain it (dates, amounts, codes),
 * so that people see why. Texts are looked up by {@code reason.<id>.met} / {@code .not_met}.
 */
public record Reason(String id, boolean met, Map<String, Object> values) {
}
