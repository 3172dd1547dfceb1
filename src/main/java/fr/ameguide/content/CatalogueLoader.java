package fr.ameguide.content;

import fr.ameguide.content.Files.*;
import fr.ameguide.eligibility.Catalogue;
import fr.ameguide.eligibility.CatalogueEntry;
import fr.ameguide.eligibility.Code;
import fr.ameguide.eligibility.Fact;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static fr.ameguide.content.Files.orEmpty;

/**
 * The documents, steps and services the rules choose from, each with a known source and only facts the
 * rules know, so that a misspelt fact cannot quietly show an item to everyone or to no one.
 */
final class CatalogueLoader {
    private final YamlReader read;
    private final List<String> problems;

    CatalogueLoader(YamlReader read, List<String> problems) {
        this.read = read;
        this.problems = problems;
    }

    /** The items are also put in the three maps by id, in each file's order, for the pages that show them. */
    Catalogue catalogue(Map<String, Source> sources, Map<String, CatalogueItem> documents,
                        Map<String, CatalogueItem> steps, Map<String, CatalogueItem> services) {
        return new Catalogue(
                entries("content/documents.yaml", read.read("content/documents.yaml", DocumentsFile.class).documents(), documents, sources),
                entries("content/steps.yaml", read.read("content/steps.yaml", StepsFile.class).steps(), steps, sources),
                entries("content/services.yaml", read.read("content/services.yaml", ServicesFile.class).services(), services, sources));
    }

    private List<CatalogueEntry> entries(String file, List<CatalogueRow> rows, Map<String, CatalogueItem> items,
                                         Map<String, Source> sources) {
        List<CatalogueEntry> entries = new ArrayList<>();
        for (CatalogueRow row : rows) {
            String where = file + " " + row.id();
            if (items.containsKey(row.id())) {
                problems.add(where + ": id listed twice");
            }
            List<String> rowSources = orEmpty(row.sources());
            if (rowSources.isEmpty()) {
                problems.add(where + ": no source");
            }
            rowSources.stream().filter(s -> !sources.containsKey(s))
                    .forEach(s -> problems.add(where + ": unknown source " + s));
            items.put(row.id(), new CatalogueItem(row.id(), orEmpty(row.alternatives()), rowSources, row.url(),
                    row.phone(), row.phoneChecked()));
            entries.add(new CatalogueEntry(row.id(), facts(where, row.when()), facts(where, row.whenAny()),
                    facts(where, row.unless()), orEmpty(row.alternatives())));
        }
        return entries;
    }

    private Set<Fact> facts(String where, List<String> codes) {
        Set<Fact> facts = new HashSet<>();
        for (String code : orEmpty(codes)) {
            try {
                facts.add(Code.parse(Fact.class, code));
            } catch (IllegalArgumentException e) {
                problems.add(where + ": unknown fact " + code);
            }
        }
        return Set.copyOf(facts);
    }
}
