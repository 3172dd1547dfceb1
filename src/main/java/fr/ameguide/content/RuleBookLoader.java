package fr.ameguide.content;

import fr.ameguide.content.Files.*;
import fr.ameguide.eligibility.ByHouseholdSize;
import fr.ameguide.eligibility.CeilingTable;
import fr.ameguide.eligibility.Code;
import fr.ameguide.eligibility.Dated;
import fr.ameguide.eligibility.DatedSeries;
import fr.ameguide.eligibility.Durations;
import fr.ameguide.eligibility.FigureStatus;
import fr.ameguide.eligibility.Provenance;
import fr.ameguide.eligibility.RuleBook;
import fr.ameguide.eligibility.Territory;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The dated figures of content/parameters/ as one RuleBook, each figure with the source, status and day
 * of check it is shown with, so that no ceiling or duration reaches a person without its provenance.
 */
final class RuleBookLoader {
    private final YamlReader read;
    private final List<String> problems;

    RuleBookLoader(YamlReader read, List<String> problems) {
        this.read = read;
        this.problems = problems;
    }

    /**
     * Any problem found so far stops the start here, before the rest of content/ is read: a series whose
     * values overlap has none to give, and no RuleBook is made without it.
     *
     * @param ceilingSources gets each source the ceilings cite, once, in the file's order
     */
    RuleBook ruleBook(Map<String, Source> sources, List<String> ceilingSources) {
        String f = "content/parameters/resource_ceilings.yaml";
        Map<Territory, List<Dated<CeilingTable>>> tables = new EnumMap<>(Territory.class);
        for (CeilingRow row : read.read(f, CeilingsFile.class).tables()) {
            String where = f + " " + row.territory() + " " + row.from();
            Territory territory;
            try {
                territory = Code.parse(Territory.class, row.territory());
            } catch (IllegalArgumentException e) {
                problems.add(where + ": unknown territory");
                continue;
            }
            if (row.byHouseholdSize().keySet().stream().anyMatch(size -> size < 1 || size > 4)) {
                problems.add(where + ": household sizes go from 1 to 4, beyond that use eachExtraPerson");
            }
            tables.computeIfAbsent(territory, t -> new ArrayList<>()).add(new Dated<>(row.from(),
                    new CeilingTable(Map.copyOf(row.byHouseholdSize()), row.eachExtraPerson(), bySize(where, row, sources)),
                    provenance(where, row.status(), row.source(), row.lastChecked(), sources)));
            if (!ceilingSources.contains(row.source())) {
                ceilingSources.add(row.source());
            }
        }
        Map<Territory, DatedSeries<CeilingTable>> ceilings = new EnumMap<>(Territory.class);
        tables.forEach((t, v) -> ceilings.put(t, series("resource_ceiling " + t.code(), v)));

        String rsaFile = "content/parameters/rsa.yaml";
        DatedSeries<BigDecimal> rsa = series("rsa_single", read.read(rsaFile, ValuesFile.class).values().stream()
                .map(r -> new Dated<>(r.from(), r.value(),
                        provenance(rsaFile + " " + r.from(), r.status(), r.source(), r.lastChecked(), sources)))
                .toList());

        String housingFile = "content/parameters/housing_in_kind.yaml";
        HousingFile housing = read.read(housingFile, HousingFile.class);
        DatedSeries<ByHouseholdSize> rate = series("housing_in_kind rate", sizeRows(housingFile, housing.rate(), sources));
        DatedSeries<ByHouseholdSize> multiplier = series("housing_in_kind rsaMultiplier",
                sizeRows(housingFile, housing.rsaMultiplier(), sources));

        String durationsFile = "content/parameters/durations.yaml";
        DatedSeries<Durations> durations = series("durations", read.read(durationsFile, DurationsFile.class).values().stream()
                .map(r -> new Dated<>(r.from(), new Durations(r.irregularStayMonths(), r.decisionMonths(),
                        r.appealMonths(), r.renewalWindowMonths(), r.lapseToleranceMonths(), r.coverMonths(),
                        r.careBeforeFilingDays(), r.adultAge(), r.photoAge(), r.euRightOfResidenceMonths(),
                        r.visaFreeStayDays(), r.coverAfterStatusEndsMonths(), r.pumaResidenceMonths(),
                        r.resourceMonths(), r.plannedCareWaitMonths()),
                        provenance(durationsFile + " " + r.from(), r.status(), r.source(), r.lastChecked(), sources)))
                .toList());

        BigDecimal share = read.read("content/parameters/advice.yaml", AdviceFile.class).nearCeilingShare();
        if (!problems.isEmpty()) {
            throw new ContentError(problems);
        }
        return new RuleBook(ceilings, rsa, rate, multiplier, durations, share);
    }

    private Provenance provenance(String where, String status, String source, LocalDate lastChecked,
                                  Map<String, Source> sources) {
        if (!sources.containsKey(source)) {
            problems.add(where + ": unknown source " + source);
        }
        FigureStatus figureStatus;
        try {
            figureStatus = Code.parse(FigureStatus.class, status);
        } catch (IllegalArgumentException e) {
            problems.add(where + ": unknown status " + status);
            figureStatus = FigureStatus.UNCONFIRMED;
        }
        if (lastChecked == null) {
            problems.add(where + ": lastChecked is missing");
        }
        return new Provenance(source, figureStatus, lastChecked);
    }

    private <T> DatedSeries<T> series(String id, List<Dated<T>> values) {
        try {
            return new DatedSeries<>(id, values);
        } catch (IllegalArgumentException overlap) {
            problems.add(overlap.getMessage());
            return null;
        }
    }

    private Map<Integer, Provenance> bySize(String where, CeilingRow row, Map<String, Source> sources) {
        Map<Integer, Provenance> out = new HashMap<>();
        if (row.bySizeSource() != null) {
            row.bySizeSource().forEach((size, s) -> out.put(size,
                    provenance(where + " size " + size, s.status(), s.source(), s.lastChecked(), sources)));
        }
        return Map.copyOf(out);
    }

    private List<Dated<ByHouseholdSize>> sizeRows(String file, List<SizeRow> rows, Map<String, Source> sources) {
        return rows.stream().map(r -> new Dated<>(r.from(), new ByHouseholdSize(Map.copyOf(r.byHouseholdSize())),
                provenance(file + " " + r.from(), r.status(), r.source(), r.lastChecked(), sources))).toList();
    }
}
