package fr.ameguide;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 9, feature slices: the packages of fr.ameguide form layers, each using only its own layer and
 * those below it, and no two packages use each other, even through others. Lowest first:
 * the eligibility core; languages; content; wording; the shared HTTP helpers; the features, which may use
 * one another (the summary uses the questionnaire) as long as no cycle forms. Read from the sources:
 * every import, and every fully qualified name in the code (not in comments or strings).
 */
class PackageLayersTest {
    static final List<Set<String>> LAYERS = List.of(
            Set.of("eligibility"),
            Set.of("i18n"),
            Set.of("content"),
            Set.of("result"),
            Set.of("config", "cache", "http", "web"),
            Set.of("api", "guide", "localhelp", "models", "questionnaire", "summary"));
    private static final Pattern USE = Pattern.compile("\\bfr\\.ameguide\\.([a-z][a-z0-9]*)\\.[\\w.*]+");
    private static final Pattern PACKAGE = Pattern.compile("^package fr\\.ameguide\\.([a-z][a-z0-9]*)", Pattern.MULTILINE);

    /** One use of a package by a file: "content/Content.java: fr.ameguide.localhelp.LocalHelp". */
    record Use(String from, String to, String where) {
    }

    @Test
    void noLowerLayerUsesAHigherOneAndNoPackagesUseEachOther() {
        Map<String, String> sources = read(Path.of("src/main/java/fr/ameguide"));
        assertTrue(sources.size() > 100, "the sources are where this test looks: " + sources.size());
        List<String> problems = problems(sources);
        assertTrue(problems.isEmpty(), problems.size() + " problems:\n" + String.join("\n", problems));
    }

    @Test
    void aPlantedUpwardImportAndAPlantedCycleAreNamed() {
        Map<String, String> planted = new TreeMap<>(Map.of(
                "eligibility/Answers.java", "package fr.ameguide.eligibility;\nimport fr.ameguide.web.Pages;\n",
                "web/Pages.java", "package fr.ameguide.web;\n// fr.ameguide.summary.X in a comment is no use\nclass Pages {}\n",
                "summary/Summaries.java", "package fr.ameguide.summary;\nimport fr.ameguide.questionnaire.FormAssessor;\n",
                "questionnaire/NextPage.java", "package fr.ameguide.questionnaire;\nclass NextPage { fr.ameguide.summary.Summaries s; }\n"));
        assertEquals(List.of(
                "eligibility/Answers.java uses fr.ameguide.web.Pages: eligibility (layer 1) may not use web (layer 5)",
                "cycle questionnaire -> summary -> questionnaire: questionnaire/NextPage.java uses fr.ameguide.summary.Summaries; "
                        + "summary/Summaries.java uses fr.ameguide.questionnaire.FormAssessor"), problems(planted));
    }

    /** Every problem, one a line: an unplaced package, a use of a higher layer, a cycle with a use for each of its steps. */
    static List<String> problems(Map<String, String> sources) {
        List<Use> uses = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        sources.forEach((file, text) -> {
            Matcher p = PACKAGE.matcher(text);
            String from = p.find() ? p.group(1) : file.substring(0, file.indexOf('/'));
            Matcher m = USE.matcher(codeOnly(text));
            while (m.find()) {
                if (!m.group(1).equals(from)) {
                    uses.add(new Use(from, m.group(1), file + " uses " + m.group().replaceAll("\\.\\*$|;$", "")));
                }
            }
        });
        Map<String, Map<String, Use>> graph = new TreeMap<>();
        for (Use u : uses) {
            for (String pkg : List.of(u.from(), u.to())) {
                if (layer(pkg) < 0 && graph.putIfAbsent(pkg, new TreeMap<>()) == null) {
                    problems.add("package " + pkg + " is in no layer of PackageLayersTest.LAYERS (" + u.where() + ")");
                }
            }
            graph.computeIfAbsent(u.from(), k -> new TreeMap<>()).putIfAbsent(u.to(), u);
            if (layer(u.from()) >= 0 && layer(u.to()) > layer(u.from())) {
                problems.add(u.where() + ": " + u.from() + " (layer " + (layer(u.from()) + 1) + ") may not use "
                        + u.to() + " (layer " + (layer(u.to()) + 1) + ")");
            }
        }
        Set<String> reported = new TreeSet<>();
        for (String start : graph.keySet()) {
            List<String> cycle = shortestPathBack(graph, start);
            if (cycle != null && reported.add(String.join(" ", new TreeSet<>(cycle)))) {
                List<String> steps = new ArrayList<>();
                for (int i = 0; i + 1 < cycle.size(); i++) {
                    steps.add(graph.get(cycle.get(i)).get(cycle.get(i + 1)).where());
                }
                problems.add("cycle " + String.join(" -> ", cycle) + ": " + String.join("; ", steps));
            }
        }
        return problems;
    }

    private static int layer(String pkg) {
        for (int i = 0; i < LAYERS.size(); i++) {
            if (LAYERS.get(i).contains(pkg)) {
                return i;
            }
        }
        return -1;
    }

    /** The shortest way from a package back to itself ("a", "b", "a"), or null when there is none. */
    private static List<String> shortestPathBack(Map<String, Map<String, Use>> graph, String start) {
        Map<String, String> cameFrom = new TreeMap<>();
        List<String> queue = new ArrayList<>(List.of(start));
        for (int i = 0; i < queue.size(); i++) {
            for (String next : graph.getOrDefault(queue.get(i), Map.of()).keySet()) {
                if (next.equals(start)) {
                    List<String> path = new ArrayList<>(List.of(start));
                    for (String at = queue.get(i); !at.equals(start); at = cameFrom.get(at)) {
                        path.add(0, at);
                    }
                    path.add(0, start);
                    return path;
                }
                if (!cameFrom.containsKey(next)) {
                    cameFrom.put(next, queue.get(i));
                    queue.add(next);
                }
            }
        }
        return null;
    }

    /** The text without comments, string and character literals (a name there is no use of a package). */
    static String codeOnly(String java) {
        return java.replaceAll("(?s)/\\*.*?\\*/|//[^\n]*|\"\"\".*?\"\"\"|\"(?:\\\\.|[^\"\\\\\n])*\"|'(?:\\\\.|[^'\\\\\n])+'", " ");
    }

    private static Map<String, String> read(Path root) {
        Map<String, String> sources = new TreeMap<>();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path p : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                sources.put(root.relativize(p).toString().replace('\\', '/'), Files.readString(p));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return sources;
    }
}
