package fr.ameguide.eligibility;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** What the outcome rules found, with the reasons in the order they were checked. */
final class Decision {
    Outcome outcome;
    LocalDate rightsFrom;
    /** The day the application can be filed: the assessment's day, or rightsFrom for those who must wait. */
    LocalDate filingDay;
    IrregularStay stay;
    ResourceCeiling ceiling;
    BigDecimal counted;
    BigDecimal inKind;
    boolean nearCeiling;
    final List<Reason> reasons = new ArrayList<>();

    void reason(Reason.Id id, boolean met, Object... keyValues) {
        if (!met && !id.canFail()) {
            throw new IllegalStateException(id + " is declared as never failing");
        }
        Map<String, Object> values = new LinkedHashMap<>();
        for (int i = 0; i < keyValues.length; i += 2) {
            values.put((String) keyValues[i], keyValues[i + 1]);
        }
        reasons.add(new Reason(id.code(), met, values));
    }

    boolean ame() {
        return outcome == Outcome.AME_ELIGIBLE || outcome == Outcome.AME_ELIGIBLE_LATER;
    }
}
