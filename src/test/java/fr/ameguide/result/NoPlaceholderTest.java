package fr.ameguide.result;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import fr.ameguide.api.AssessmentRequest;
import fr.ameguide.api.RequestAnswers;
import fr.ameguide.content.Content;
import fr.ameguide.content.RepositoryContent;
import fr.ameguide.eligibility.Assessment;
import fr.ameguide.eligibility.Outcome;
import fr.ameguide.eligibility.Procedure;
import fr.ameguide.i18n.Language;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * No placeholder ever reaches a person: every scenario row (they cover every outcome, procedure and date
 * family) put into words in every offered language, and no text keeps a "{".
 */
class NoPlaceholderTest {
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    @Test
    void everyOutcomeProcedureAndDateIsWholeInEveryLanguage() throws Exception {
        Content content = RepositoryContent.load();
        List<Assessment> assessments = new ArrayList<>();
        try (Stream<Path> files = Files.list(Path.of("src/test/resources/scenarios"))) {
            for (Path file : files.sorted().toList()) {
                for (JsonNode s : YAML.readTree(file.toFile()).get("scenarios")) {
                    AssessmentRequest r = YAML.convertValue(s.get("given"), AssessmentRequest.class);
                    assessments.add(content.eligibility().assess(
                            RequestAnswers.toAnswers(r, LocalDate.parse(s.get("given").get("asOf").asText()))));
                }
            }
        }
        Set<Outcome> outcomes = EnumSet.noneOf(Outcome.class);
        Set<Procedure> procedures = EnumSet.noneOf(Procedure.class);
        Set<String> dateIds = new TreeSet<>();
        assessments.forEach(a -> {
            outcomes.add(a.outcome());
            procedures.add(a.procedure());
            a.dates().forEach(d -> dateIds.add(d.id()));
        });
        assertEquals(EnumSet.allOf(Outcome.class), outcomes, "the rows cover every outcome");
        assertEquals(EnumSet.allOf(Procedure.class), procedures, "the rows cover every procedure");
        assertTrue(dateIds.containsAll(List.of("rightsFrom", "decisionExpectedBy", "appealDeadline", "renewFrom",
                "renewBy", "coverEnds", "careCoveredFrom")), "the rows cover every date family: " + dateIds);

        List<String> leaks = new ArrayList<>();
        for (Language l : content.languages().offered()) {
            Wording w = new Wording(content, l);
            for (Assessment a : assessments) {
                ExplainedAssessment e = Explanation.explain(a, w);
                List<String> texts = new ArrayList<>(List.of(e.outcomeTitle(), e.outcomeText(), e.verifiedText()));
                // how "I don't know" answers were read (the rows answer none of them)
                texts.addAll(List.of(w.text("result.dont_know_visa"), w.text("result.dont_know_visa_exempt"),
                        w.text("result.dont_know_hosted")));
                if (e.procedureText() != null) {
                    texts.add(e.procedureText());
                }
                if (e.ceilingText() != null) {
                    texts.add(e.ceilingText());
                }
                texts.addAll(e.notes());
                e.reasons().forEach(r -> texts.add(r.text()));
                e.documents().forEach(d -> {
                    texts.add(d.title());
                    texts.addAll(d.alternatives());
                });
                e.steps().forEach(s -> {
                    texts.add(s.title());
                    texts.add(s.text());
                });
                e.dates().forEach(d -> {
                    texts.add(d.label());
                    texts.add(d.text());
                });
                e.people().stream().filter(p -> p.text() != null).forEach(p -> texts.add(p.text()));
                texts.stream().filter(t -> t.contains("{") || t.contains("}"))
                        .forEach(t -> leaks.add(l.code() + " " + a.outcome() + "/" + a.procedure() + ": " + t));
            }
        }
        assertTrue(leaks.isEmpty(), leaks.size() + " texts keep a placeholder, first: "
                + leaks.subList(0, Math.min(5, leaks.size())));
    }
}
