package fr.ameguide.content;

import fr.ameguide.content.Files.ModelsFile;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** content/models.yaml: each model names a paper of the checklist and the sources it was written from. */
final class SwornModelLoader {
    private final YamlReader read;
    private final List<String> problems;

    SwornModelLoader(YamlReader read, List<String> problems) {
        this.read = read;
        this.problems = problems;
    }

    List<SwornModel> models(Map<String, CatalogueItem> documents, Map<String, Source> sources) {
        Set<String> slugs = new HashSet<>();
        List<SwornModel> models = read.read("content/models.yaml", ModelsFile.class).models().stream()
                .map(m -> new SwornModel(m.id(), m.slug(), m.document(), m.lines(), m.lastVerified(), List.copyOf(m.sources())))
                .toList();
        for (SwornModel m : models) {
            String where = "content/models.yaml " + m.id();
            if (!documents.containsKey(m.document())) {
                problems.add(where + ": unknown document " + m.document());
            }
            m.sources().stream().filter(s -> !sources.containsKey(s)).forEach(s -> problems.add(where + ": unknown source " + s));
            if (m.lines() < 1 || m.lastVerified() == null || !slugs.add(m.slug()) || !m.slug().matches("[a-z0-9-]+")) {
                problems.add(where + ": needs lines, lastVerified and a unique slug of a-z, 0-9 and -");
            }
        }
        return models;
    }
}
