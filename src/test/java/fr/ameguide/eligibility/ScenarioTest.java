package fr.ameguide.eligibility;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import fr.ameguide.api.AssessmentRequest;
import fr.ameguide.api.RequestAnswers;
import fr.ameguide.content.RepositoryContent;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The scenario tables in src/test/resources/scenarios/: a situation, as an API request, and the
 * assessment expected, written by hand from docs/eligibility-rules.md (OpenFisca style).
 */
class ScenarioTest {
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    private static final Path DIR = Path.of("src/test/resources/scenarios");

    @TestFactory
    Stream<DynamicTest> scenarios() throws IOException {
        Eligibility eligibility = RepositoryContent.load().eligibility();
        List<DynamicTest> tests = new ArrayList<>();
        try (Stream<Path> files = Files.list(DIR)) {
            for (Path file : files.sorted().toList()) {
                for (JsonNode s : YAML.readTree(file.toFile()).get("scenarios")) {
                    String name = file.getFileName() + ": " + s.get("name").asText();
                    tests.add(DynamicTest.dynamicTest(name, () -> check(eligibility, s)));
                }
            }
        }
        assertTrue(tests.size() > 100, "the tables hold the scenarios");
        return tests.stream();
    }

    /** Every expectation the runner knows; any other key is a misspelling and fails the row. */
    private static final java.util.Set<String> KNOWN = java.util.Set.of("outcome", "procedure", "rightsFrom",
            "threshold", "countedResources", "documents", "steps", "dates", "noDates", "people");

    private static void check(Eligibility eligibility, JsonNode s) {
        s.get("expect").fieldNames().forEachRemaining(k ->
                assertTrue(KNOWN.contains(k), "unknown expectation key " + k + " (known: " + KNOWN + ")"));
        AssessmentRequest request = YAML.convertValue(s.get("given"), AssessmentRequest.class);
        Assessment a = eligibility.assess(RequestAnswers.toAnswers(request, LocalDate.parse(s.get("given").get("asOf").asText())));
        // The sentences person.<who>.<cover> are enumerated from Person.covers: every group's cover is among them.
        a.people().stream().filter(p -> p.who() != Who.APPLICANT).forEach(p ->
                assertTrue(Person.covers(p.who()).contains(p.cover()), p.who() + " has " + p.cover() + ", not in Person.covers"));
        JsonNode expect = s.get("expect");
        if (expect.has("outcome")) {
            assertEquals(expect.get("outcome").asText(), a.outcome().name(), "outcome");
        }
        if (expect.has("procedure")) {
            assertEquals(expect.get("procedure").asText(), a.procedure().name(), "procedure");
        }
        if (expect.has("rightsFrom")) {
            assertEquals(date(expect.get("rightsFrom")), a.rightsFrom(), "rightsFrom");
        }
        if (expect.has("threshold")) {
            JsonNode t = expect.get("threshold");
            if (t.isNull()) {
                assertNull(a.threshold(), "threshold");
            } else {
                assertEquals(0, new BigDecimal(t.get("amount").asText()).compareTo(a.threshold().amount()),
                        "ceiling amount, got " + a.threshold().amount());
                assertEquals(t.get("householdSize").asInt(), a.threshold().householdSize(), "household size");
                assertEquals(t.get("territory").asText(), a.threshold().territory().code(), "territory");
                assertEquals(date(t.get("validFrom")), a.threshold().validFrom(), "ceiling table");
            }
        }
        if (expect.has("countedResources")) {
            JsonNode c = expect.get("countedResources");
            if (c.isNull()) {
                assertNull(a.countedResources(), "countedResources");
            } else {
                assertEquals(0, new BigDecimal(c.asText()).compareTo(a.countedResources()),
                        "countedResources, got " + a.countedResources());
            }
        }
        if (expect.has("documents")) {
            List<String> docs = new ArrayList<>();
            expect.get("documents").forEach(d -> docs.add(d.asText()));
            assertEquals(docs, a.documents(), "documents");
        }
        if (expect.has("steps")) {
            List<String> steps = new ArrayList<>();
            expect.get("steps").forEach(d -> steps.add(d.asText()));
            assertEquals(steps, a.steps(), "steps");
        }
        if (expect.has("people")) {
            List<String> people = new ArrayList<>();
            expect.get("people").forEach(p -> people.add(p.get("who").asText() + " " + p.get("count").asInt() + " "
                    + p.get("outcome").asText() + " " + p.get("onApplicantCard").asBoolean()));
            assertEquals(people, a.people().stream().map(p -> p.who().code() + " " + p.count() + " "
                    + p.outcome().name() + " " + p.onApplicantCard()).toList(), "people");
        }
        if (expect.has("dates")) {
            Iterator<Map.Entry<String, JsonNode>> it = expect.get("dates").fields();
            while (it.hasNext()) {
                Map.Entry<String, JsonNode> e = it.next();
                assertEquals(date(e.getValue()), a.date(e.getKey()).orElse(null), "date " + e.getKey());
            }
        }
        if (expect.has("noDates")) {
            expect.get("noDates").forEach(d -> assertFalse(a.date(d.asText()).isPresent(), "no date " + d.asText()));
        }
    }

    private static LocalDate date(JsonNode n) {
        return n == null || n.isNull() ? null : LocalDate.parse(n.asText());
    }
}
