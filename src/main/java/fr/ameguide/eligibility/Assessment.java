package fr.ameguide.eligibility;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** What the core decided for one set of answers. Plain data: pages, API and PDF all render it. */
public record Assessment(
        LocalDate asOf,
        Outcome outcome,
        Procedure procedure,
        LocalDate rightsFrom,
        ResourceCeiling threshold,
        BigDecimal countedResources,
        BigDecimal housingInKind,
        List<Reason> reasons,
        List<String> documents,
        List<String> steps,
        List<String> services,
        List<KeyDate> dates,
        Set<Fact> facts,
        List<Person> people) {

    public Optional<LocalDate> date(String id) {
        return dates.stream().filter(d -> d.id().equals(id)).map(KeyDate::date).findFirst();
    }

    public boolean has(Fact fact) {
        return facts.contains(fact);
    }
}
