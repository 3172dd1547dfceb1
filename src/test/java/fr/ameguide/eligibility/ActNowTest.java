package fr.ameguide.eligibility;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import fr.ameguide.api.AssessmentRequest;
import fr.ameguide.api.RequestAnswers;
import fr.ameguide.content.RepositoryContent;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import java.io.File;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The "what to do now" table (src/test/resources/actnow/actnow.yaml): situation → tone, actions, dates. */
class ActNowTest {
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    private static final Set<String> KNOWN = Set.of("tone", "actions", "values", "outlook", "applying", "noIdentity", "cpam");

    @TestFactory
    Stream<DynamicTest> table() throws IOException {
        Eligibility eligibility = RepositoryContent.load().eligibility();
        JsonNode file = YAML.readTree(new File("src/test/resources/actnow/actnow.yaml"));
        List<DynamicTest> tests = new ArrayList<>();
        Set<Outcome> outcomes = EnumSet.noneOf(Outcome.class);
        for (JsonNode row : file.get("rows")) {
            ObjectNode given = ((ObjectNode) file.get("base").deepCopy()).setAll((ObjectNode) row.get("given"));
            Assessment a = assess(eligibility, given);
            outcomes.add(a.outcome());
            tests.add(DynamicTest.dynamicTest(row.get("name").asText(), () -> check(a, row.get("expect"))));
        }
        assertEquals(EnumSet.allOf(Outcome.class), outcomes, "the table covers every outcome");
        return tests.stream();
    }

    private static Assessment assess(Eligibility eligibility, ObjectNode given) {
        AssessmentRequest request = YAML.convertValue(given, AssessmentRequest.class);
        return eligibility.assess(RequestAnswers.toAnswers(request, LocalDate.parse(given.get("asOf").asText())));
    }

    private static void check(Assessment a, JsonNode expect) {
        expect.fieldNames().forEachRemaining(k -> assertTrue(KNOWN.contains(k), "unknown expectation " + k));
        ActNow now = ActNow.of(a);
        if (expect.has("tone")) {
            assertEquals(expect.get("tone").asText(), now.tone().code(), "tone");
        }
        if (expect.has("actions")) {
            List<String> ids = new ArrayList<>();
            expect.get("actions").forEach(n -> ids.add(n.asText()));
            assertEquals(ids, now.actions().stream().map(ActNow.Action::id).toList(), "actions");
        }
        if (expect.has("values")) {
            expect.get("values").fields().forEachRemaining(e -> {
                ActNow.Action action = now.actions().stream().filter(x -> x.id().equals(e.getKey())).findFirst()
                        .orElseThrow(() -> new AssertionError("no action " + e.getKey()));
                values(e.getValue(), action.values(), e.getKey());
            });
        }
        if (expect.has("outlook")) {
            JsonNode o = expect.get("outlook");
            if (o.isNull()) {
                assertNull(now.outlook(), "outlook");
            } else {
                assertNotNull(now.outlook(), "outlook");
                assertEquals(o.get("id").asText(), now.outlook().id(), "outlook");
                ObjectNode rest = o.deepCopy();
                rest.remove("id");
                values(rest, now.outlook().values(), "outlook");
            }
        }
        if (expect.has("applying")) {
            assertEquals(expect.get("applying").asBoolean(), now.applying(), "applying");
        }
        if (expect.has("noIdentity")) {
            assertEquals(expect.get("noIdentity").asBoolean(), now.noIdentity(), "noIdentity");
        }
        if (expect.has("cpam")) {
            assertEquals(expect.get("cpam").asBoolean(), now.cpam(), "cpam");
        }
    }

    private static void values(JsonNode expected, Map<String, Object> actual, String where) {
        expected.fields().forEachRemaining(v -> {
            Object got = actual.get(v.getKey());
            assertNotNull(got, where + " has no " + v.getKey());
            if (got instanceof LocalDate d) {
                assertEquals(LocalDate.parse(v.getValue().asText()), d, where + " " + v.getKey());
            } else {
                assertEquals(v.getValue().asLong(), ((Number) got).longValue(), where + " " + v.getKey());
            }
        });
    }

    @Test
    void toneIsGreenOnlyForEligibleNow() {
        for (Outcome o : Outcome.values()) {
            assertEquals(o == Outcome.AME_ELIGIBLE, ActNow.tone(o) == ActNow.Tone.GREEN, o.name());
        }
        assertEquals(ActNow.Tone.AMBER, ActNow.tone(Outcome.AME_RESOURCES_TOO_HIGH));
    }
}
