package fr.ameguide.browser;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import fr.ameguide.testing.TestDay;
import fr.ameguide.testing.TestPerson;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * What the browser suites need to know of the site, read from content/ as editors write it (not from
 * the application's beans): the offered languages, the guide pages and the questions. A language that
 * content/languages.yaml switches on (ar, bn, ...) is in every suite from then on.
 */
final class Site {
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    private static final Path CONTENT = Path.of("content");

    record Language(String code, String dir) {
    }

    record Question(String id, String field, String type) {
        String slug() {
            return id.replace('_', '-');
        }
    }

    private Site() {
    }

    /**
     * The offered languages, in the order of content/languages.yaml (the first is the source, French).
     * For a quicker local run, {@code -Dbrowser.languages=fr,ar} keeps only those (CI sets nothing).
     */
    static List<Language> offered() {
        List<String> only = List.of(System.getProperty("browser.languages", "").split(",")).stream()
                .map(String::trim).filter(c -> !c.isEmpty()).toList();
        List<Language> out = new ArrayList<>();
        for (JsonNode l : read("languages.yaml").path("languages")) {
            String code = l.path("code").asText();
            if (l.path("offered").asBoolean(false) && (only.isEmpty() || only.contains(code))) {
                out.add(new Language(code, l.path("dir").asText("ltr")));
            }
        }
        if (out.isEmpty()) {
            throw new AssertionError("content/languages.yaml offers no language" + (only.isEmpty() ? "" : " among " + only));
        }
        return out;
    }

    /** For {@code @MethodSource}: the code of every offered language. */
    /** Every offered language, or those listed in -Dbrowser.languages=fr,ar to check a few locally. */
    static Stream<String> offeredCodes() {
        String only = System.getProperty("browser.languages", "");
        return offered().stream().map(Language::code)
                .filter(c -> only.isBlank() || java.util.Arrays.asList(only.split(",")).contains(c));
    }

    /** For {@code @MethodSource}: the first offered language (the source) and every right-to-left one. */
    static Stream<String> sourceAndRightToLeftCodes() {
        List<Language> offered = offered();
        return offered.stream().filter(l -> l == offered.get(0) || "rtl".equals(l.dir())).map(Language::code);
    }

    static Language language(String code) {
        return offered().stream().filter(l -> l.code().equals(code)).findFirst()
                .orElseThrow(() -> new AssertionError("not offered: " + code));
    }

    static List<String> guideSlugs() {
        List<String> out = new ArrayList<>();
        for (JsonNode p : read("pages.yaml").path("pages")) {
            out.add(p.path("slug").asText());
        }
        return out;
    }

    static Optional<Question> questionBySlug(String slug) {
        for (JsonNode q : read("questionnaire.yaml").path("questions")) {
            Question question = new Question(q.path("id").asText(), q.path("field").asText(), q.path("type").asText());
            if (question.slug().equals(slug)) {
                return Optional.of(question);
            }
        }
        return Optional.empty();
    }

    static String startSlug() {
        return read("questionnaire.yaml").path("start").asText().replace('_', '-');
    }

    static LocalDate today() {
        return TestDay.TODAY;
    }

    /**
     * One person's answers, by field, as the server keeps them (dates in ISO form): someone living in
     * metropolitan France for over a year without a permit, hosted for free, with one child. This path
     * passes choice, number, date and amount questions before the check page and the result.
     * A new question on the way needs its answer here: the walk fails and names the field.
     */
    static Map<String, String> plan() {
        return planned().form();
    }

    /** The person of {@link #plan()}, to change for another situation. */
    static TestPerson planned() {
        return TestPerson.adultWithoutPermit(today()).arrivedOn(today().minusYears(1).withDayOfMonth(15)).children(1, 1)
                .resources("650").hosted("yes").answersIfAsked();
    }

    private static final Map<String, JsonNode> READ = new java.util.concurrent.ConcurrentHashMap<>();

    /** A content file, read once per run. */
    private static JsonNode read(String file) {
        return READ.computeIfAbsent(file, Site::parse);
    }

    private static JsonNode parse(String file) {
        try {
            return YAML.readTree(Files.readString(CONTENT.resolve(file)));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read content/" + file + " (run from the project folder)", e);
        }
    }
}
