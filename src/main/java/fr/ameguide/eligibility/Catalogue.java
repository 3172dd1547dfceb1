package fr.ameguide.eligibility;

import java.util.List;
import java.util.Set;

/** The documents, steps and services, each list in the order they are shown. */
public record Catalogue(List<CatalogueEntry> documents, List<CatalogueEntry> steps, List<CatalogueEntry> services) {

    static List<String> select(List<CatalogueEntry> entries, Set<Fact> facts) {
        return entries.stream().filter(e -> e.appliesTo(facts)).map(CatalogueEntry::id).toList();
    }
}
