package fr.ameguide.content;

import com.fasterxml.jackson.annotation.JsonProperty;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** The shapes of the files in content/, as written there. */
final class Files {
    private Files() {
    }

    /** A list a file leaves out is empty: most lists of content/ are written only when they hold something. */
    static <T> List<T> orEmpty(List<T> list) {
        return list == null ? List.of() : list;
    }

    record SourcesFile(List<Source> sources) {
    }

    record CeilingsFile(String id, String unit, String reference, List<CeilingRow> tables) {
    }

    record CeilingRow(LocalDate from, String territory, Map<Integer, BigDecimal> byHouseholdSize,
                      BigDecimal eachExtraPerson, String status, String source, LocalDate lastChecked,
                      LocalDate computedFrom, BigDecimal coefficient, Map<Integer, SizeSource> bySizeSource) {
    }

    /** A figure of a table that comes from another source than the table's. */
    record SizeSource(String status, String source, LocalDate lastChecked) {
    }

    record ValuesFile(String id, String unit, String reference, List<ValueRow> values) {
    }

    record ValueRow(LocalDate from, BigDecimal value, String status, String source, LocalDate lastChecked) {
    }

    record HousingFile(String id, String reference, List<SizeRow> rate, List<SizeRow> rsaMultiplier) {
    }

    record SizeRow(LocalDate from, Map<Integer, BigDecimal> byHouseholdSize, String status, String source,
                   LocalDate lastChecked) {
    }

    record DurationsFile(String id, List<DurationsRow> values) {
    }

    record DurationsRow(LocalDate from, int irregularStayMonths, int decisionMonths, int appealMonths,
                        int renewalWindowMonths, int lapseToleranceMonths, int coverMonths,
                        int careBeforeFilingDays, int adultAge, int photoAge,
                        int euRightOfResidenceMonths, int visaFreeStayDays, int coverAfterStatusEndsMonths,
                        int pumaResidenceMonths, int resourceMonths, int plannedCareWaitMonths,
                        String status, String source, LocalDate lastChecked) {
    }

    record AdviceFile(String id, BigDecimal nearCeilingShare) {
    }

    record CatalogueRow(String id, List<String> when, List<String> whenAny, List<String> unless,
                        List<String> alternatives, List<String> sources, String url, String phone,
                        LocalDate phoneChecked) {
    }

    record DocumentsFile(List<CatalogueRow> documents) {
    }

    record StepsFile(List<CatalogueRow> steps) {
    }

    record ServicesFile(List<CatalogueRow> services) {
    }

    record PhonesFile(List<Phone> phones) {
    }

    record LanguagesFile(List<String> components, List<String> frenchOnly, List<LanguageRow> languages) {
    }

    record LanguageRow(String code, String locale, String dir, String nativeName, boolean offered, String fallback) {
    }

    record QuestionnaireFile(String start, List<QuestionRow> questions) {
    }

    record QuestionRow(String id, String field, String type, List<String> options, Integer min, Integer max,
                       String unknownDay, boolean allowFuture, String atMost, List<NextRow> next) {
    }

    record NextRow(@JsonProperty("if") Map<String, Object> condition, @JsonProperty("goto") String target) {
    }

    record PagesFile(List<PageRow> pages) {
    }

    record ModelsFile(List<ModelRow> models) {
    }

    record ModelRow(String id, String slug, String document, int lines, LocalDate lastVerified, List<String> sources) {
    }

    record PageRow(String id, String slug, LocalDate lastVerified, List<String> sources,
                   List<Map<String, Object>> blocks) {
    }

    record GlossaryFile(List<TermRow> terms) {
    }

    record TermRow(String id, String term, List<String> aliases) {
    }
}
