package fr.ameguide.result;

import fr.ameguide.content.Content;
import fr.ameguide.content.ContentLoader;
import fr.ameguide.content.RepositoryContent;
import fr.ameguide.eligibility.Durations;
import fr.ameguide.i18n.Message;
import fr.ameguide.summary.ResultLink;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 9: the durations and ages of the law reach the sentences from content/parameters/durations.yaml, by
 * name ("{irregularStayMonths} mois"), so that a reform is one new row and no sentence keeps the old figure.
 */
class DurationsInSentencesTest {
    /** Figures that look like one of the law's durations but are another rule, not (yet) dated data. */
    private static final Map<String, String> OTHER_RULES = Map.of(
            "doc.proof_of_presence.hint", "a proof of presence is 3 to 12 months old (décret 2005-860 art. 4)",
            "model.host.use", "the host's bill is less than 12 months old (décret 2026-67)",
            "guide.what_is_ame.family", "the card's age limits (16, 20 if studying) and 12 months of living together (CASF L251-1 2°)",
            "guide.who_can_get_ame.two_households", "the card's age limits and 12 months of living together (CASF L251-1 2°)");

    private static String unit(String name) {
        if (name.endsWith("Months")) {
            return "mois";
        }
        return name.endsWith("Days") ? "jours" : "ans";
    }

    @Test
    void noFrenchSentenceWritesAFigureOfTheLaw() {
        Content content = RepositoryContent.load();
        Map<String, Object> figures = new LinkedHashMap<>(
                content.eligibility().rules().durationsAt(LocalDate.of(2026, 12, 3)).byName());
        figures.put("validMonths", ResultLink.VALID_MONTHS);
        List<String> written = new ArrayList<>();
        for (Message m : content.translations().of("fr").values()) {
            if (OTHER_RULES.containsKey(m.key())) {
                continue;
            }
            figures.forEach((name, value) -> {
                Pattern literal = Pattern.compile("(?<![\\d{])" + value + " (derniers )?" + unit(name) + "\\b");
                if (literal.matcher(m.pattern()).find()) {
                    written.add(m.key() + " writes " + value + " " + unit(name) + ": use {" + name + "}");
                }
            });
        }
        assertEquals(List.of(), written);
    }

    @Test
    void aReformChangesEverySentenceAtOnce() {
        String file = RepositoryContent.read("content/parameters/durations.yaml")
                .replace("adultAge: 18", "adultAge: 21")
                .replace("decisionMonths: 2 ", "decisionMonths: 3 ");
        Content reformed = new ContentLoader(RepositoryContent.open(Map.of("content/parameters/durations.yaml", file))).load();
        Durations d = reformed.eligibility().rules().durationsAt(fr.ameguide.testing.TestDay.TODAY);
        assertEquals(21, d.adultAge());
        assertTrue(text(reformed, "fr", "reason.minor.met").startsWith("Vous avez moins de 21 ans"));
        assertTrue(text(reformed, "fr", "step.wait_for_decision.text", "decisionExpectedBy", LocalDate.of(2027, 3, 1))
                .contains("dans les 3 mois"));
        assertTrue(text(reformed, "en", "question.minor_children.title").contains("21"));
        // Arabic says the months with their plural forms: the dual for 2, "3 أشهر" for 3
        assertTrue(text(reformed, "ar", "step.no_answer_means_refusal.title").contains("3 أشهر"));
    }

    @Test
    void todaysFiguresReadAsBefore() {
        Content content = RepositoryContent.load();
        assertTrue(text(content, "fr", "reason.minor.met").startsWith("Vous avez moins de 18 ans : vous n’avez pas à attendre 3 mois"));
        assertTrue(text(content, "fr", "summary.link_expired", "date", LocalDate.of(2025, 1, 2), "validMonths",
                ResultLink.VALID_MONTHS).contains("il y a plus de 14 mois"));
        assertTrue(text(content, "ar", "step.no_answer_means_refusal.title").contains("بعد شهرين"));
        assertTrue(text(content, "en", "step.wait_three_months.text").contains("more than 3 months"), text(content, "en", "step.wait_three_months.text"));
    }

    private static String text(Content content, String lang, String key, Object... args) {
        return new Wording(content, content.languages().offered(lang).orElseThrow()).text(key, args);
    }
}
