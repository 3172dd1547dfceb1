package fr.ameguide.content;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.function.Function;

/** Loads content/ and translations/ from the working tree, optionally with some files replaced. */
public final class RepositoryContent {
    private static Content loaded;

    private RepositoryContent() {
    }

    public static synchronized Content load() {
        if (loaded == null) {
            loaded = new ContentLoader(open(Map.of())).load();
        }
        return loaded;
    }

    public static Function<String, InputStream> open(Map<String, String> replaced) {
        return path -> {
            if (replaced.containsKey(path)) {
                String text = replaced.get(path);
                return text == null ? null : new java.io.ByteArrayInputStream(text.getBytes(java.nio.charset.StandardCharsets.UTF_8));
            }
            Path p = Path.of(path);
            try {
                return Files.exists(p) ? Files.newInputStream(p) : null;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        };
    }

    public static String read(String path) {
        try {
            return Files.readString(Path.of(path));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
