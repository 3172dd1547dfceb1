package fr.ameguide.eligibility;

import java.util.List;
import java.util.Set;

/**
 * A document, step or service from the content files, shown when all of {@code when} hold,
 * at least one of {@code whenAny} holds (if any are listed), and none of {@code unless} holds.
 */
public record CatalogueEntry(String id, Set<Fact> when, Set<Fact> whenAny, Set<Fact> unless, List<String> alternatives) {

    public boolean appliesTo(Set<Fact> facts) {
        return facts.containsAll(when)
                && (whenAny.isEmpty() || whenAny.stream().anyMatch(facts::contains))
                && unless.stream().noneMatch(facts::contains);
    }
}
