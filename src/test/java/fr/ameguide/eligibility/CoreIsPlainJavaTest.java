package fr.ameguide.eligibility;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The core is plain Java, so that pages, API and PDF all ask the same rules without a framework. */
class CoreIsPlainJavaTest {
    private static final Pattern IMPORT = Pattern.compile("^import\\s+(static\\s+)?([\\w.]+)", Pattern.MULTILINE);

    @Test
    void theCoreImportsOnlyTheJdkAndItself() throws IOException {
        Path core = Path.of("src/main/java/fr/ameguide/eligibility");
        List<Path> sources;
        try (Stream<Path> files = Files.list(core)) {
            sources = files.filter(p -> p.toString().endsWith(".java")).toList();
        }
        assertTrue(sources.size() > 10, "the core's sources are where this test looks");
        List<String> foreign = sources.stream().flatMap(p -> {
            try {
                Matcher m = IMPORT.matcher(Files.readString(p));
                return m.results().map(r -> p.getFileName() + ": " + r.group(2)).toList().stream();
            } catch (IOException e) {
                throw new RuntimeException(e);
            }
        }).filter(i -> !i.contains(": java.") && !i.contains(": fr.ameguide.eligibility.")).toList();
        assertEquals(List.of(), foreign);
        for (Path p : sources) {
            String text = Files.readString(p);
            assertTrue(!text.contains("@Inject") && !text.contains("jakarta.") && !text.contains("io.quarkus")
                    && !text.contains("com.fasterxml"), p + " uses a framework");
        }
    }
}
