package fr.ameguide.eligibility;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

/** A parameter's values through time, as OpenFisca keeps them: each value applies from its date on. */
public final class DatedSeries<T> {
    private final String id;
    private final List<Dated<T>> values;

    public DatedSeries(String id, List<Dated<T>> values) {
        this.id = id;
        List<Dated<T>> sorted = new ArrayList<>(values);
        sorted.sort(Comparator.comparing(Dated::from));
        for (int i = 1; i < sorted.size(); i++) {
            if (sorted.get(i).from().equals(sorted.get(i - 1).from())) {
                throw new IllegalArgumentException(
                        "parameter " + id + ": two values start on " + sorted.get(i).from());
            }
        }
        if (sorted.isEmpty()) {
            throw new IllegalArgumentException("parameter " + id + " has no value");
        }
        this.values = List.copyOf(sorted);
    }

    public String id() {
        return id;
    }

    public List<Dated<T>> values() {
        return values;
    }

    public LocalDate firstDate() {
        return values.get(0).from();
    }

    public Optional<Dated<T>> at(LocalDate date) {
        return latest(date, v -> true);
    }

    /** The newest value in force on {@code date} that satisfies {@code usable}. */
    public Optional<Dated<T>> latest(LocalDate date, Predicate<T> usable) {
        for (int i = values.size() - 1; i >= 0; i--) {
            Dated<T> v = values.get(i);
            if (!v.from().isAfter(date) && usable.test(v.value())) {
                return Optional.of(v);
            }
        }
        return Optional.empty();
    }

    public T valueAt(LocalDate date) {
        return at(date).orElseThrow(() -> new OutsideKnownRules(id, date)).value();
    }
}
