package fr.ameguide.summary;

import fr.ameguide.content.MessageKeys;

import fr.ameguide.eligibility.Assessment;
import fr.ameguide.eligibility.Reason;
import fr.ameguide.eligibility.ResourceCeiling;
import fr.ameguide.result.Wording;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The box of the summary for the CPAM's clerk, in French whatever the reader's language (issue 11): the
 * answers that decide, and each condition checked with ✓ or ✗ and the dates and amounts it was checked
 * with. Its texts are French only (translations/fr/clerk.properties).
 */
final class ClerkBox {
    private ClerkBox() {
    }

    /** answers: the answers on the questionnaire's path (an answer left off the path is not a fact). */
    static SummaryView.Clerk of(Assessment a, Map<String, String> answers, Wording french) {
        List<String> facts = new ArrayList<>();
        facts.add(french.text("clerk.fact.territory", "presence", answers.getOrDefault("presence", "none"),
                "territory", answers.getOrDefault("territory", "none")));
        if (answers.containsKey("age")) {
            facts.add(french.text("clerk.fact.age", "age", Integer.parseInt(answers.get("age"))));
        }
        if (answers.containsKey("partner") || answers.containsKey("children")) {
            int partner = "yes".equals(answers.get("partner")) ? 1 : 0;
            int children = Integer.parseInt(answers.getOrDefault("children", "0"));
            facts.add(french.text("clerk.fact.household", "size", 1 + partner + children,
                    "partner", partner == 1 ? "yes" : "no", "children", children));
        }
        fact(facts, french, answers, "housing", "clerk.fact.housing", "housing", "hostedFree",
                answers.getOrDefault("hostedFree", "none"));
        fact(facts, french, answers, "identityDocument", "clerk.fact.identity", "document");
        fact(facts, french, answers, "urgentCare", "clerk.fact.urgent", "urgent");
        fact(facts, french, answers, "ame", "clerk.fact.ame", "ame");

        List<SummaryView.Condition> conditions = new ArrayList<>();
        for (Reason r : a.reasons()) {
            Map<String, Object> values = new LinkedHashMap<>(r.values());
            if (r.id().equals("resources")) {
                values.putAll(ceiling(a, values));
            }
            conditions.add(new SummaryView.Condition(r.met(),
                    french.text(MessageKeys.clerkReason(r.id(), r.met()), values)));
        }
        return new SummaryView.Clerk(french.text("clerk.title"), facts,
                french.text("clerk.conditions"), conditions);
    }

    /** The ceiling of the day the application can be filed, with its table and whether it is confirmed. */
    private static Map<String, Object> ceiling(Assessment a, Map<String, Object> values) {
        ResourceCeiling c = a.threshold();
        BigDecimal inKind = (BigDecimal) values.get("inKind");
        // Those who must wait for their 3 months are checked against the ceiling of the day they can file.
        LocalDate day = a.reasons().stream().filter(r -> r.id().equals("three_months") && !r.met())
                .map(r -> (LocalDate) r.values().get("from")).findFirst().orElse(a.asOf());
        Map<String, Object> more = new LinkedHashMap<>();
        more.put("inKind", inKind != null && inKind.signum() > 0 ? "yes" : "no");
        more.put("inKindAmount", inKind == null ? BigDecimal.ZERO : inKind);
        more.put("day", day);
        more.put("validFrom", c.validFrom());
        more.put("status", c.provenance().status().code());
        return more;
    }

    private static void fact(List<String> facts, Wording french, Map<String, String> answers, String field, String key,
                             String name, Object... more) {
        if (answers.containsKey(field)) {
            Object[] args = new Object[2 + more.length];
            args[0] = name;
            args[1] = answers.get(field);
            System.arraycopy(more, 0, args, 2, more.length);
            facts.add(french.text(key, args));
        }
    }
}
