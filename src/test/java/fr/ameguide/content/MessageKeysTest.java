package fr.ameguide.content;

import fr.ameguide.i18n.Message;
import fr.ameguide.i18n.Translations;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 9, wording you can trust: every French key is used, by a family of {@link MessageKeys} (enumerated
 * by {@link KeyFamilies}) or as a literal in src/main; every literal a Java file words exists; and dropping a
 * key of a family is named by the start's check.
 */
class MessageKeysTest {
    /** A quoted key in Java ("result.title") or in a template ('result.title'). */
    private static final Pattern JAVA_LITERAL = Pattern.compile("\"([a-z0-9_]+(?:\\.[a-z0-9_]+)+)\"");
    private static final Pattern TEMPLATE_LITERAL = Pattern.compile("'([a-z0-9_]+(?:\\.[a-z0-9_]+)+)'");
    /** A literal the Java code words: w.text("…"), reader.optional("…"), and the keys error pages name. */
    private static final Pattern WORDED = Pattern.compile("\\b[a-z]\\w*\\.(?:text|optional)\\(\"([a-z0-9_.]+)\"|new Texts\\(\"([a-z0-9_.]+)\", \"([a-z0-9_.]+)\"\\)");

    private static final Content CONTENT = RepositoryContent.load();
    private static final List<KeyFamilies.Key> FAMILIES = KeyFamilies.of(CONTENT);

    private static Set<String> french() {
        return new TreeSet<>(CONTENT.translations().source().keySet());
    }

    @Test
    void everyFrenchKeyIsUsed() {
        Set<String> used = new TreeSet<>(literals());
        FAMILIES.forEach(k -> {
            used.add(k.key());
            if (k.orElse() != null) {
                used.add(k.orElse());
            }
        });
        Set<String> unused = french();
        unused.removeAll(used);
        assertEquals(Set.of(), unused, "French keys in no family of MessageKeys and named nowhere in src/main");
    }

    @Test
    void everyKeyTheJavaCodeWordsExists() {
        Set<String> worded = new TreeSet<>();
        for (String text : files(Path.of("src/main/java"), ".java").values()) {
            WORDED.matcher(text).results().forEach(m -> {
                for (int g = 1; g <= m.groupCount(); g++) {
                    if (m.group(g) != null) {
                        worded.add(m.group(g));
                    }
                }
            });
        }
        assertTrue(worded.size() > 80, "the Java code words sentences by literal keys: " + worded.size());
        worded.removeAll(french());
        assertEquals(Set.of(), worded, "keys worded in src/main/java without a French text");
    }

    /**
     * Each French key of a family, dropped alone, is named by the start's check; the others are literals
     * (checked above and by TemplateKeysTest) or hints, which a question or a document may lack.
     */
    @Test
    void droppingAnyKeyOfAFamilyIsNamedByTheStart() {
        Map<String, Message> fr = CONTENT.translations().source();
        Set<String> optional = FAMILIES.stream().filter(KeyFamilies.Key::optional).map(KeyFamilies.Key::key)
                .collect(Collectors.toCollection(TreeSet::new));
        Set<String> literals = literals();
        List<String> unnamed = new ArrayList<>();
        int named = 0;
        for (String key : fr.keySet()) {
            if (optional.contains(key)) {
                continue;
            }
            Map<String, Message> without = new HashMap<>(fr);
            without.remove(key);
            List<String> problems = KeyFamilies.missing(FAMILIES, new Translations(Map.of("fr", without)));
            if (problems.stream().anyMatch(p -> p.contains(" " + key + " ") || p.contains(" " + key + ")"))) {
                named++;
            } else if (!literals.contains(key)) {
                unnamed.add(key);
            }
        }
        assertEquals(List.of(), unnamed, "French keys whose loss nothing would notice");
        assertTrue(named > 500, "keys of a family, each named when dropped: " + named);
        assertTrue(KeyFamilies.missing(FAMILIES, CONTENT.translations()).isEmpty());
    }

    /**
     * The proof at start: a sample of keys from many families, each dropped from French and from the 18
     * translations, stops the content's load with one line naming each (and nothing else).
     */
    @Test
    void droppingSampleKeysFromEveryLanguageStopsTheStartNamingEach() {
        Map<String, String> sample = new java.util.LinkedHashMap<>();
        sample.put("calendar.renewBy", "calendar");
        sample.put("outcome.AME_ELIGIBLE_LATER.text", "outcome");
        sample.put("actnow.icon.PUMA_INSTEAD", "actnow.icon");
        sample.put("procedure.COURT_APPEAL", "procedure");
        sample.put("reason.three_months.not_met", "reason");
        sample.put("date.coverEnds.label", "date");
        sample.put("person.minor_children.own_ame", "person");
        sample.put("territory.overseas", "territory");
        sample.put("figure.status.computed", "figure.status");
        sample.put("actnow.action.court", "actnow.action");
        sample.put("actnow.phone.samu", "actnow.phone");
        sample.put("api.error.too_large", "api.error");
        sample.put("field.alimonyPaid", "field");
        sample.put("localhelp.error.unknown", "localhelp.error");
        sample.put("step.collect_card.title", "step");
        sample.put("doc.proof_of_presence.alt.hotel_bill", "doc");
        sample.put("service.pass.name", "service");
        sample.put("guide.renewing.summary", "guide");
        sample.put("question.status.option.french", "question");
        sample.put("answer.age.label", "answer");
        sample.put("model.no_passport.line2", "model");
        List<String> dropped = new ArrayList<>(sample.keySet());
        dropped.add("question.minor_children.error.above"); // a question's own error, with no general error.above
        Map<String, String> replaced = new HashMap<>();
        files(Path.of("translations"), "").forEach((path, text) -> {
            String without = text;
            for (String key : dropped) {
                without = without.replaceAll("(?m)^" + Pattern.quote(key) + "=.*\\n", "")
                        .replaceAll("(?s)\\n[ \\t]*<trans-unit id=\"" + Pattern.quote(key) + "\">.*?</trans-unit>", "");
            }
            if (!without.equals(text)) {
                replaced.put(path.toString().replace('\\', '/'), without);
            }
        });
        assertEquals(CONTENT.languages().offered().size(), replaced.keySet().stream().map(p -> p.split("/")[1]).distinct().count(),
                "the sample is dropped from every language: " + replaced.keySet());
        ContentError e = org.junit.jupiter.api.Assertions.assertThrows(ContentError.class,
                () -> new ContentLoader(RepositoryContent.open(replaced)).load());
        List<String> expected = new ArrayList<>();
        sample.forEach((key, family) -> expected.add("translations/fr: missing " + key + " (" + family + ")"));
        expected.add("translations/fr: missing question.minor_children.error.above (or error.above) (question error)");
        List<String> problems = new ArrayList<>(e.problems());
        assertEquals(new TreeSet<>(expected), new TreeSet<>(problems), "one line per dropped key, nothing else");
    }

    /** Every quoted key in src/main (Java and templates) that is a French key. */
    static Set<String> literals() {
        Set<String> found = new TreeSet<>();
        files(Path.of("src/main/java"), ".java").values()
                .forEach(t -> JAVA_LITERAL.matcher(t).results().forEach(m -> found.add(m.group(1))));
        files(Path.of("src/main/resources/templates"), ".html").values()
                .forEach(t -> TEMPLATE_LITERAL.matcher(t).results().forEach(m -> found.add(m.group(1))));
        found.retainAll(french());
        return found;
    }

    static Map<Path, String> files(Path root, String suffix) {
        try (Stream<Path> s = Files.walk(root)) {
            Map<Path, String> out = new HashMap<>();
            for (Path p : s.filter(f -> Files.isRegularFile(f) && f.toString().endsWith(suffix)).toList()) {
                out.put(p, Files.readString(p));
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
