package fr.ameguide.i18n;

import fr.ameguide.content.Content;
import fr.ameguide.content.RepositoryContent;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Every string of every language that has files (offered or still in preparation) passes the per-string
 * checks of {@link StringChecks}; exceptions are declared with a reason in translations/checks.yaml.
 */
class DraftQualityTest {
    static final Path CONFIG = Path.of("translations/checks.yaml");

    static List<String> problems(Content content, StringChecks checks, Language l) {
        StringChecks.TermBase terms = StringChecks.readTermBase(Path.of("translations", l.code(), "terms.yaml"));
        Map<String, Message> source = content.translations().source();
        List<String> problems = new ArrayList<>();
        for (Message m : content.translations().of(l.code()).values()) {
            Message fr = source.get(m.key());
            if (fr != null) {
                problems.addAll(checks.check(l, terms, m.key(), fr.pattern(), m.pattern()));
            }
        }
        return problems;
    }

    @TestFactory
    Stream<DynamicTest> everyStringOfEveryLanguagePassesTheChecks() {
        Content content = RepositoryContent.load();
        StringChecks checks = new StringChecks(StringChecks.readConfig(CONFIG), content.glossary());
        return content.languages().all().stream()
                .filter(l -> !l.isSource() && !content.translations().of(l.code()).isEmpty())
                .map(l -> DynamicTest.dynamicTest(l.code(), () ->
                        assertEquals("", String.join("\n", problems(content, checks, l)))));
    }

    @Test
    void everyAllowedExceptionNamesAnExistingStringACheckAndAReason() {
        Content content = RepositoryContent.load();
        List<String> wrong = new ArrayList<>();
        List<String> checkNames = List.of(StringChecks.SELECT, StringChecks.NUMBERS, StringChecks.GLOSSARY,
                StringChecks.IDENTICAL, StringChecks.NOT_FRENCH, StringChecks.SCRIPT, StringChecks.LENGTH, StringChecks.TERMS);
        for (StringChecks.Allowed a : StringChecks.readConfig(CONFIG).allowed()) {
            if (!content.translations().of(a.lang()).containsKey(a.key()) || !checkNames.contains(a.check())
                    || a.reason() == null || a.reason().isBlank()) {
                wrong.add(a.toString());
            }
        }
        assertEquals(List.of(), wrong);
    }

    @Test
    void everyLanguageWithFilesHasAScriptAndATermBase() {
        Content content = RepositoryContent.load();
        StringChecks.Config config = StringChecks.readConfig(CONFIG);
        List<String> wrong = new ArrayList<>();
        for (Language l : content.languages().all()) {
            if (l.isSource() || content.translations().of(l.code()).isEmpty()) {
                continue;
            }
            if (!config.scripts().containsKey(l.code())) {
                wrong.add(l.code() + ": no script in translations/checks.yaml");
            }
            if (StringChecks.readTermBase(Path.of("translations", l.code(), "terms.yaml")).terms().isEmpty()) {
                wrong.add(l.code() + ": no term base in translations/" + l.code() + "/terms.yaml");
            }
        }
        assertEquals(List.of(), wrong);
    }
}
