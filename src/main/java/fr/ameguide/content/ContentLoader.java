package fr.ameguide.content;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import fr.ameguide.content.Files.*;
import fr.ameguide.eligibility.Catalogue;
import fr.ameguide.eligibility.Eligibility;
import fr.ameguide.eligibility.RuleBook;
import fr.ameguide.i18n.Languages;
import fr.ameguide.i18n.Translations;

import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * Loads content/ and translations/ and checks them all at once, so that a missing translation,
 * an unknown id or overlapping dated values stop the start with every problem listed. Each kind of
 * file has its own loader; all of them add to one list of problems, read through one parser.
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
        RuleBook rules = new RuleBookLoader(this::read, problems).ruleBook(sources, ceilingSources);

        Map<String, CatalogueItem> documents = new LinkedHashMap<>();
        Map<String, CatalogueItem> steps = new LinkedHashMap<>();
        Map<String, CatalogueItem> services = new LinkedHashMap<>();
        Catalogue catalogue = new CatalogueLoader(this::read, problems).catalogue(sources, documents, steps, services);

        LanguagesFile languagesFile = read("content/languages.yaml", LanguagesFile.class);
        TranslationLoader texts = new TranslationLoader(open, problems);
        Languages languages = new Languages(languagesFile.languages().stream().map(texts::language).toList());
        Translations translations = texts.translations(languagesFile.components(),
                languagesFile.frenchOnly() == null ? List.of() : languagesFile.frenchOnly(), languages);

        Questionnaire questionnaire = new QuestionnaireLoader(this::read, problems).load();
        List<GuidePage> pages = new GuidePageLoader(this::read, problems).pages(sources);
        List<GlossaryTerm> glossary = read("content/glossary.yaml", GlossaryFile.class).terms().stream()
                .map(t -> new GlossaryTerm(t.id(), t.term(), t.aliases() == null ? List.of() : t.aliases())).toList();

        LocalHelp localHelp = LocalHelp.load(open, problems);
        Map<String, Phone> phones = new PhoneLoader(this::read, problems).phones(sources);
        List<SwornModel> models = new SwornModelLoader(this::read, problems).models(documents, sources);
        problems.addAll(KeyFamilies.missing(KeyFamilies.of(rules, phones, documents, steps, services, questionnaire,
                pages, glossary, models), translations));
        // Each language's patterns compiled and checked on all cores, reported in the languages' order.
        languages.offered().parallelStream().map(translations::problems).toList().forEach(problems::addAll);
        if (!problems.isEmpty()) {
            throw new ContentError(problems);
        }
        LocalDate lastVerified = Stream.concat(sources.values().stream().map(Source::lastChecked),
                pages.stream().map(GuidePage::lastVerified)).max(LocalDate::compareTo).orElseThrow();
        return new Content(new Eligibility(rules, catalogue), sources, documents, steps, services, languages,
                translations, questionnaire, pages, glossary, List.copyOf(ceilingSources), lastVerified, localHelp, phones, models);
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
}
