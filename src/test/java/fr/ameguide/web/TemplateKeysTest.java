package fr.ameguide.web;

import fr.ameguide.content.RepositoryContent;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Every sentence key a template names exists in the French source (and so in every offered language). */
class TemplateKeysTest {
    private static final Pattern KEY = Pattern.compile("page\\.(?:t|plain)\\('([a-z0-9_.]+)'");

    @Test
    void templateKeysExist() throws IOException {
        var translations = RepositoryContent.load().translations();
        List<String> used;
        try (Stream<Path> files = Files.walk(Path.of("src/main/resources/templates"))) {
            used = files.filter(Files::isRegularFile).flatMap(f -> {
                try {
                    return KEY.matcher(Files.readString(f)).results().map(m -> m.group(1));
                } catch (IOException e) {
                    throw new RuntimeException(e);
                }
            }).distinct().toList();
        }
        assertTrue(used.size() > 30, "templates name their sentences by key");
        assertEquals(List.of(), used.stream().filter(k -> !translations.has(k)).toList());
    }
}
