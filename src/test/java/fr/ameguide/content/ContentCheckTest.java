package fr.ameguide.content;

import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.assertFalse;

/** The content is checked as a whole at start: each kind of mistake stops the start with a clear line. */
class ContentCheckTest {

    private static ContentError loadWith(String path, String text) {
        Map<String, String> replaced = new HashMap<>();
        replaced.put(path, text);
        return assertThrows(ContentError.class, () -> new ContentLoader(RepositoryContent.open(replaced)).load());
    }

    private static void assertProblem(ContentError e, String expected) {
        assertTrue(e.problems().stream().anyMatch(p -> p.contains(expected)),
                () -> "expected a problem containing \"" + expected + "\" in " + e.problems());
    }

    @Test
    void theRepositoryContentIsConsistent() {
        Content c = RepositoryContent.load();
        assertFalse(c.pages().isEmpty());
        assertTrue(c.languages().offered().size() >= 2);
    }

    @Test
    void aMissingTranslationStopsTheStart() {
        String fr = RepositoryContent.read("translations/fr/core.properties");
        String withExtra = fr + "\nhome.extra_sentence=Une phrase que personne n’a traduite.\n";
        assertProblem(loadWith("translations/fr/core.properties", withExtra), "en: missing home.extra_sentence");
    }

    @Test
    void aShownIdWithoutFrenchTextStopsTheStart() {
        String fr = RepositoryContent.read("translations/fr/core.properties")
                .replaceAll("(?m)^step\\.collect_card\\.title=.*$", "");
        assertProblem(loadWith("translations/fr/core.properties", fr), "missing step.collect_card.title");
    }

    @Test
    void anUnknownFactStopsTheStart() {
        String docs = RepositoryContent.read("content/documents.yaml").replace("when: [applying, urgent_care]", "when: [applying, in_a_hurry]");
        assertProblem(loadWith("content/documents.yaml", docs), "unknown fact in_a_hurry");
    }

    @Test
    void anUnknownSourceStopsTheStart() {
        String steps = RepositoryContent.read("content/steps.yaml").replace("sources: [cerfa_11573]", "sources: [a_blog_post]");
        assertProblem(loadWith("content/steps.yaml", steps), "unknown source a_blog_post");
    }

    @Test
    void aLinkToAnUnknownPageStopsTheStart() {
        String pages = RepositoryContent.read("content/pages.yaml").replaceFirst("page: who_can_get_ame", "page: no_such_page");
        assertProblem(loadWith("content/pages.yaml", pages), "link to unknown page no_such_page");
    }

    @Test
    void aQuestionLeadingNowhereStopsTheStart() {
        String q = RepositoryContent.read("content/questionnaire.yaml").replace("goto: territory", "goto: teritory");
        assertProblem(loadWith("content/questionnaire.yaml", q), "goes to unknown question teritory");
    }

    @Test
    void overlappingDatedValuesStopTheStart() {
        String ceilings = RepositoryContent.read("content/parameters/resource_ceilings.yaml")
                + "\n  - from: 2025-04-01\n    territory: metropole\n    byHouseholdSize: {1: 10400}\n"
                + "    status: secondary\n    source: sp_f3079\n    lastChecked: 2026-11-24\n";
        assertProblem(loadWith("content/parameters/resource_ceilings.yaml", ceilings),
                "resource_ceiling metropole: two values start on 2025-04-01");
    }

    @Test
    void aFigureWithoutItsCheckDateStopsTheStart() {
        String rsa = RepositoryContent.read("content/parameters/rsa.yaml").replaceFirst("    lastChecked: 2026-11-24\n", "");
        assertProblem(loadWith("content/parameters/rsa.yaml", rsa), "lastChecked is missing");
    }

    @Test
    void aMissingFileIsNamed() {
        assertProblem(loadWith("content/services.yaml", null), "content/services.yaml is missing");
    }
}
