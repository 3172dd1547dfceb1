package fr.ameguide.eligibility;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/** Every dated figure the rules need, looked up by date. Built from content/parameters/. */
public record RuleBook(
        Map<Territory, DatedSeries<CeilingTable>> ceilings,
        DatedSeries<BigDecimal> rsaSingle,
        DatedSeries<ByHouseholdSize> inKindRate,
        DatedSeries<ByHouseholdSize> rsaMultiplier,
        DatedSeries<Durations> durations,
        BigDecimal nearCeilingShare) {

    private static final BigDecimal MONTHS_A_YEAR = BigDecimal.valueOf(12);

    /** The first day on which every figure has a value: earlier dates cannot be assessed. */
    public LocalDate firstAssessableDay() {
        return Stream.concat(ceilings.values().stream().map(DatedSeries::firstDate),
                        Stream.of(rsaSingle.firstDate(), inKindRate.firstDate(), rsaMultiplier.firstDate(),
                                durations.firstDate()))
                .max(LocalDate::compareTo).orElseThrow();
    }

    public Optional<ResourceCeiling> ceiling(Territory territory, int householdSize, LocalDate date) {
        DatedSeries<CeilingTable> series = ceilings.get(territory);
        if (series == null) {
            return Optional.empty();
        }
        Optional<LocalDate> newest = series.at(date).map(Dated::from);
        return series.latest(date, table -> table.forSize(householdSize).isPresent())
                .map(d -> new ResourceCeiling(d.value().forSize(householdSize).orElseThrow(), householdSize,
                        territory, d.from(), d.value().provenance(householdSize, d.provenance()),
                        newest.map(n -> n.isAfter(d.from())).orElse(false)));
    }

    /** The in-kind housing benefit for a year (CSS R861-5), rounded to the cent. */
    public BigDecimal housingInKind(int householdSize, LocalDate date) {
        return rsaSingle.valueAt(date)
                .multiply(rsaMultiplier.valueAt(date).forSize(householdSize))
                .multiply(inKindRate.valueAt(date).forSize(householdSize))
                .multiply(MONTHS_A_YEAR)
                .setScale(2, RoundingMode.HALF_UP);
    }

    public Durations durationsAt(LocalDate date) {
        return durations.valueAt(date);
    }
}
