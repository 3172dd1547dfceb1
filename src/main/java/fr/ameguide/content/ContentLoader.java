package fr.ameguide.content;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.ibm.icu.util.ULocale;
import fr.ameguide.content.Files.*;
import fr.ameguide.eligibility.ByHouseholdSize;
import fr.ameguide.eligibility.Catalogue;
import fr.ameguide.eligibility.CatalogueEntry;
import fr.ameguide.eligibility.CeilingTable;
import fr.ameguide.eligibility.Code;
import fr.ameguide.eligibility.Dated;
import fr.ameguide.eligibility.DatedSeries;
import fr.ameguide.eligibility.Durations;
import fr.ameguide.eligibility.Eligibility;
import fr.ameguide.eligibility.Fact;
import fr.ameguide.eligibility.FigureStatus;
import fr.ameguide.eligibility.Provenance;
import fr.ameguide.eligibility.RuleBook;
import fr.ameguide.eligibility.Territory;
import fr.ameguide.i18n.Language;
import fr.ameguide.i18n.Languages;
import fr.ameguide.i18n.Message;
import fr.ameguide.i18n.TranslationFiles;
import fr.ameguide.i18n.Translations;
import fr.ameguide.localhelp.LocalHelp;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * Loads content/ and translations/ and checks them all at once, so that a missing translation,
 * an unknown id or overlapping dated values stop the start with every problem listed.
 */
public final class ContentLoader {
    private final Function<String, InputStream> open;
    private final ObjectMapper yaml = new ObjectMapper(new YAMLFactory())
            .registerModule(new JavaTimeModule())
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    private final List<String> problems = new ArrayList<>();

    /** @param open opens a file by its path below the repository's top (content/..., translations/...), or null */
    public ContentLoader(Function<String, InputStream> open) {
        this.open = open;
    }

    public static Content fromClasspath() {
        ClassLoader cl = Thread.currentThread().getContextClassLoader();
        return new ContentLoader(cl::getResourceAsStream).load();
    }

    public Content load() {
        Map<String, Source> sources = new LinkedHashMap<>();
        read("content/sources.yaml", SourcesFile.class).sources().forEach(s -> {
            if (sources.put(s.id(), s) != null) {
                problems.add("content/sources.yaml: source " + s.id() + " is listed twice");
            }
        });

        List<String> ceilingSources = new ArrayList<>();
        RuleBook rules = ruleBook(sources, ceilingSources);

        Map<String, CatalogueItem> documents = new LinkedHashMap<>();
        Map<String, CatalogueItem> steps = new LinkedHashMap<>();
        Map<String, CatalogueItem> services = new LinkedHashMap<>();
        Catalogue catalogue = new Catalogue(
                entries("content/documents.yaml", read("content/documents.yaml", DocumentsFile.class).documents(), documents, sources),
                entries("content/steps.yaml", read("content/steps.yaml", StepsFile.class).steps(), steps, sources),
                entries("content/services.yaml", read("content/services.yaml", ServicesFile.class).services(), services, sources));

        LanguagesFile languagesFile = read("content/languages.yaml", LanguagesFile.class);
        Languages languages = new Languages(languagesFile.languages().stream().map(this::language).toList());
        Translations translations = translations(languagesFile.components(), languages);

        Questionnaire questionnaire = questionnaire(read("content/questionnaire.yaml", QuestionnaireFile.class));
        List<GuidePage> pages = pages(read("content/pages.yaml", PagesFile.class), sources);
        List<GlossaryTerm> glossary = read("content/glossary.yaml", GlossaryFile.class).terms().stream()
                .map(t -> new GlossaryTerm(t.id(), t.term(), t.aliases() == null ? List.of() : t.aliases())).toList();

        LocalHelp localHelp = LocalHelp.load(open, problems);
        Map<String, Phone> phones = phones(read("content/phones.yaml", PhonesFile.class), sources);
        phones.keySet().stream().filter(id -> !translations.has("actnow.phone." + id))
                .forEach(id -> problems.add("translations/fr: missing actnow.phone." + id));

        checkTexts(translations, documents, steps, services, questionnaire, pages, glossary);
        // Each language's patterns compiled and checked on all cores, reported in the languages' order.
        languages.offered().parallelStream().map(translations::problems).toList().forEach(problems::addAll);
        if (!problems.isEmpty()) {
            throw new ContentError(problems);
        }
        LocalDate lastVerified = Stream.concat(sources.values().stream().map(Source::lastChecked),
                pages.stream().map(GuidePage::lastVerified)).max(LocalDate::compareTo).orElseThrow();
        return new Content(new Eligibility(rules, catalogue), sources, documents, steps, services, languages,
                translations, questionnaire, pages, glossary, List.copyOf(ceilingSources), lastVerified, localHelp, phones);
    }

    /** Phone numbers for tel: links: digits and spaces only, each with a known source and the day it was checked. */
    private Map<String, Phone> phones(PhonesFile file, Map<String, Source> sources) {
        Map<String, Phone> phones = new LinkedHashMap<>();
        for (Phone p : file.phones()) {
            String where = "content/phones.yaml " + p.id();
            if (p.number() == null || !p.number().matches("[0-9]+( [0-9]+)*")) {
                problems.add(where + ": number must be digits in groups separated by one space");
            }
            if (!sources.containsKey(p.source())) {
                problems.add(where + ": unknown source " + p.source());
            }
            if (p.checked() == null) {
                problems.add(where + ": checked is missing");
            }
            if (phones.put(p.id(), p) != null) {
                problems.add(where + ": listed twice");
            }
        }
        for (String needed : List.of("samu", "europe", "cpam")) {
            if (!phones.containsKey(needed)) {
                problems.add("content/phones.yaml: phone " + needed + " is missing");
            }
        }
        return Map.copyOf(phones);
    }

    private <T> T read(String path, Class<T> type) {
        try (InputStream in = open.apply(path)) {
            if (in == null) {
                throw new ContentError(List.of(path + " is missing"));
            }
            return yaml.readValue(in, type);
        } catch (IOException e) {
            throw new ContentError(List.of(path + " cannot be read: " + e.getMessage()));
        }
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

    private RuleBook ruleBook(Map<String, Source> sources, List<String> ceilingSources) {
        String f = "content/parameters/resource_ceilings.yaml";
        Map<Territory, List<Dated<CeilingTable>>> tables = new EnumMap<>(Territory.class);
        for (CeilingRow row : read(f, CeilingsFile.class).tables()) {
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
        DatedSeries<BigDecimal> rsa = series("rsa_single", read(rsaFile, ValuesFile.class).values().stream()
                .map(r -> new Dated<>(r.from(), r.value(),
                        provenance(rsaFile + " " + r.from(), r.status(), r.source(), r.lastChecked(), sources)))
                .toList());

        String housingFile = "content/parameters/housing_in_kind.yaml";
        HousingFile housing = read(housingFile, HousingFile.class);
        DatedSeries<ByHouseholdSize> rate = series("housing_in_kind rate", sizeRows(housingFile, housing.rate(), sources));
        DatedSeries<ByHouseholdSize> multiplier = series("housing_in_kind rsaMultiplier",
                sizeRows(housingFile, housing.rsaMultiplier(), sources));

        String durationsFile = "content/parameters/durations.yaml";
        DatedSeries<Durations> durations = series("durations", read(durationsFile, DurationsFile.class).values().stream()
                .map(r -> new Dated<>(r.from(), new Durations(r.irregularStayMonths(), r.decisionMonths(),
                        r.appealMonths(), r.renewalWindowMonths(), r.lapseToleranceMonths(), r.coverMonths(),
                        r.careBeforeFilingDays(), r.adultAge(), r.photoAge(), r.euRightOfResidenceMonths(),
                        r.visaFreeStayDays(), r.coverAfterStatusEndsMonths()),
                        provenance(durationsFile + " " + r.from(), r.status(), r.source(), r.lastChecked(), sources)))
                .toList());

        BigDecimal share = read("content/parameters/advice.yaml", AdviceFile.class).nearCeilingShare();
        if (!problems.isEmpty()) {
            throw new ContentError(problems);
        }
        return new RuleBook(ceilings, rsa, rate, multiplier, durations, share);
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

    private static <T> List<T> orEmpty(List<T> list) {
        return list == null ? List.of() : list;
    }

    private Language language(LanguageRow row) {
        ULocale locale = new ULocale(row.locale());
        ULocale format = row.fallback() == null ? locale : new ULocale(row.fallback());
        if (!"ltr".equals(row.dir()) && !"rtl".equals(row.dir())) {
            problems.add("content/languages.yaml " + row.code() + ": dir must be ltr or rtl");
        }
        return new Language(row.code(), locale, format, "rtl".equals(row.dir()), row.nativeName(), row.offered());
    }

    /**
     * Every language's files, read on all cores (reading them was most of the start-up's content work),
     * each language's problems kept apart and then reported in the languages' order.
     */
    private Translations translations(List<String> components, Languages languages) {
        record Read(String code, Map<String, Message> messages, List<String> problems) {
        }
        List<Read> reads = languages.all().parallelStream().map(l -> {
            List<String> found = new ArrayList<>();
            return new Read(l.code(), read(l, components, found), found);
        }).toList();
        Map<String, Map<String, Message>> all = new HashMap<>();
        for (Read r : reads) {
            all.put(r.code(), r.messages());
            problems.addAll(r.problems());
        }
        return new Translations(all);
    }

    private Map<String, Message> read(Language l, List<String> components, List<String> found) {
        Map<String, Message> messages = new LinkedHashMap<>();
        for (String component : components) {
            String path = l.isSource()
                    ? "translations/fr/" + component + ".properties"
                    : "translations/" + l.code() + "/" + component + ".xlf";
            try (InputStream in = open.apply(path)) {
                if (in == null) {
                    if (l.offered()) {
                        found.add(path + " is missing");
                    }
                    continue;
                }
                Map<String, Message> read = l.isSource() ? TranslationFiles.readSource(in) : TranslationFiles.readXliff(in);
                for (String key : read.keySet()) {
                    if (messages.containsKey(key)) {
                        found.add(path + ": " + key + " is also in another file");
                    }
                }
                messages.putAll(read);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (Exception e) {
                found.add(path + " cannot be read: " + e.getMessage());
            }
        }
        return messages;
    }

    private Questionnaire questionnaire(QuestionnaireFile file) {
        List<Question> questions = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        file.questions().forEach(q -> ids.add(q.id()));
        for (QuestionRow q : file.questions()) {
            String where = "content/questionnaire.yaml " + q.id();
            QuestionType type;
            try {
                type = QuestionType.valueOf(q.type().toUpperCase());
            } catch (RuntimeException e) {
                problems.add(where + ": unknown type " + q.type());
                continue;
            }
            if (type == QuestionType.CHOICE && orEmpty(q.options()).isEmpty()) {
                problems.add(where + ": a choice needs options");
            }
            List<Question.Route> routes = new ArrayList<>();
            for (NextRow next : orEmpty(q.next())) {
                if (!ids.contains(next.target()) && !Questionnaire.CHECK_ANSWERS.equals(next.target())) {
                    problems.add(where + ": goes to unknown question " + next.target());
                }
                Map<String, List<String>> conditions = new LinkedHashMap<>();
                if (next.condition() != null) {
                    next.condition().forEach((k, v) -> conditions.put(k, v instanceof Collection<?> c
                            ? c.stream().map(String::valueOf).toList() : List.of(String.valueOf(v))));
                }
                routes.add(new Question.Route(conditions, next.target()));
            }
            if (routes.isEmpty() || !routes.get(routes.size() - 1).conditions().isEmpty()) {
                problems.add(where + ": the last next rule must have no condition");
            }
            questions.add(new Question(q.id(), q.field(), type, orEmpty(q.options()), q.min(), q.max(),
                    "end".equals(q.unknownDay()), q.allowFuture(), q.atMost(), List.copyOf(routes)));
        }
        QuestionnaireCheck.check(questions, problems);
        if (!ids.contains(file.start())) {
            problems.add("content/questionnaire.yaml: unknown start " + file.start());
        }
        return new Questionnaire(file.start(), questions);
    }

    private static final Set<String> SPECIALS = Set.of("ceilings", "documents", "services", "glossary", "check_start");

    @SuppressWarnings("unchecked")
    private List<GuidePage> pages(PagesFile file, Map<String, Source> sources) {
        List<GuidePage> pages = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        file.pages().forEach(p -> ids.add(p.id()));
        for (PageRow p : file.pages()) {
            String where = "content/pages.yaml " + p.id();
            if (p.lastVerified() == null) {
                problems.add(where + ": lastVerified is missing");
            }
            if (orEmpty(p.sources()).isEmpty()) {
                problems.add(where + ": no source");
            }
            orEmpty(p.sources()).stream().filter(s -> !sources.containsKey(s))
                    .forEach(s -> problems.add(where + ": unknown source " + s));
            List<GuidePage.Block> blocks = new ArrayList<>();
            for (Map<String, Object> b : orEmpty(p.blocks())) {
                if (b.size() != 1) {
                    problems.add(where + ": a block has one kind: " + b);
                    continue;
                }
                Map.Entry<String, Object> e = b.entrySet().iterator().next();
                String kind = e.getKey();
                Object v = e.getValue();
                switch (kind) {
                    case "p", "h2", "note" -> blocks.add(new GuidePage.Block(kind, List.of(String.valueOf(v)), null, null, null));
                    case "ul", "ol" -> blocks.add(new GuidePage.Block(kind,
                            ((List<Object>) v).stream().map(String::valueOf).toList(), null, null, null));
                    case "link" -> {
                        Map<String, Object> link = (Map<String, Object>) v;
                        String page = (String) link.get("page");
                        if (page != null && !ids.contains(page)) {
                            problems.add(where + ": link to unknown page " + page);
                        }
                        blocks.add(new GuidePage.Block(kind, List.of(String.valueOf(link.get("text"))), page,
                                (String) link.get("url"), null));
                    }
                    case "special" -> {
                        if (!SPECIALS.contains(String.valueOf(v))) {
                            problems.add(where + ": unknown special block " + v);
                        }
                        blocks.add(new GuidePage.Block(kind, List.of(), null, null, String.valueOf(v)));
                    }
                    default -> problems.add(where + ": unknown block kind " + kind);
                }
            }
            pages.add(new GuidePage(p.id(), p.slug(), p.lastVerified(), orEmpty(p.sources()), List.copyOf(blocks)));
        }
        return pages;
    }

    /** Every id that is shown must have its French text. */
    private void checkTexts(Translations t, Map<String, CatalogueItem> documents, Map<String, CatalogueItem> steps,
                            Map<String, CatalogueItem> services, Questionnaire questionnaire, List<GuidePage> pages,
                            List<GlossaryTerm> glossary) {
        List<String> keys = new ArrayList<>();
        documents.values().forEach(d -> {
            keys.add("doc." + d.id() + ".title");
            d.alternatives().forEach(a -> keys.add("doc." + d.id() + ".alt." + a));
        });
        steps.keySet().forEach(id -> keys.addAll(List.of("step." + id + ".title", "step." + id + ".text")));
        services.keySet().forEach(id -> keys.addAll(List.of("service." + id + ".name", "service." + id + ".text")));
        for (Question q : questionnaire.questions()) {
            keys.add("question." + q.id() + ".title");
            keys.add("answer." + q.id() + ".label");
            q.options().forEach(o -> keys.add("question." + q.id() + ".option." + o));
        }
        for (GuidePage p : pages) {
            keys.add("guide." + p.id() + ".title");
            keys.add("guide." + p.id() + ".summary");
            p.blocks().forEach(b -> keys.addAll(b.keys()));
        }
        glossary.forEach(g -> keys.add("glossary." + g.id() + ".definition"));
        keys.stream().filter(k -> !t.has(k)).distinct()
                .forEach(k -> problems.add("translations/fr: missing " + k));
    }
}
