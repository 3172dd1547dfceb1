package fr.ameguide.content;

/**
 * How the typed loaders read a file of content/: through the one parser of {@link ContentLoader}, so that
 * every file refuses properties it does not know and a missing or unreadable file stops the start at once.
 */
@FunctionalInterface
interface YamlReader {
    <T> T read(String path, Class<T> type);
}
