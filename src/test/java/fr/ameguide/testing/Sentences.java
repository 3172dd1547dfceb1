package fr.ameguide.testing;

import fr.ameguide.content.Content;
import fr.ameguide.content.RepositoryContent;
import fr.ameguide.result.Wording;

/**
 * A sentence by its key, as the site words it: tests name what they expect by key (and code), so that a
 * reworded sentence changes no test, and a missing one fails it.
 */
public final class Sentences {
    private Sentences() {
    }

    public static String en(String key, Object... keyValues) {
        return of("en", key, keyValues);
    }

    public static String of(String lang, String key, Object... keyValues) {
        Content content = RepositoryContent.load();
        return new Wording(content, content.languages().offered(lang).orElseThrow()).text(key, keyValues);
    }
}
