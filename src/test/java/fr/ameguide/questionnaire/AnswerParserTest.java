package fr.ameguide.questionnaire;

import fr.ameguide.content.Question;
import fr.ameguide.content.QuestionType;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Amounts, numbers and dates as people type them. */
class AnswerParserTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 27);
    private static final Question AMOUNT = new Question("household_resources", "householdResources", QuestionType.AMOUNT,
            List.of(), null, null, false, false, List.of());
    private static final Question AGE = new Question("age", "age", QuestionType.NUMBER, List.of(), 0, 120, false, false, List.of());
    private static final Question ARRIVAL = new Question("arrival_date", "arrivalDate", QuestionType.DATE, List.of(), null, null,
            true, false, List.of());

    @ParameterizedTest(name = "amount \"{0}\" -> {1}")
    @CsvSource(delimiter = '|', value = {
            "9500|9500", "9 500|9500", "9\u00A0500|9500", "9\u202F500,50|9500.5", "9500,50|9500.5", "9500.5|9500.5",
            "9.500|9500", "9,500|9500", "9.500,75|9500.75", "9,500.75|9500.75", "9 500 €|9500", "9500 euros|9500",
            "٩٥٠٠|9500", "۹۵۰۰٫۵|9500.5", "৯৫০০|9500", "0|0", "'  1 200  '|1200"})
    void amountsAsPeopleTypeThem(String typed, String stored) {
        AnswerParser.Parsed p = AnswerParser.parse(AMOUNT, Map.of("householdResources", typed), TODAY);
        assertEquals(stored, p.value(), () -> "error " + p.error());
    }

    @ParameterizedTest(name = "amount \"{0}\" -> error {1}")
    @CsvSource(delimiter = '|', value = {"abc|amount_invalid", "-5|amount_negative", "9,5,0|amount_invalid",
            "1e5|amount_invalid", "12345678901|amount_invalid", "' '|required",
            "1e-1000000|amount_invalid", "1000000000|amount_invalid", "999999999.999|amount_invalid"})
    void badAmounts(String typed, String error) {
        assertEquals(error, AnswerParser.parse(AMOUNT, Map.of("householdResources", typed), TODAY).error());
    }

    @org.junit.jupiter.api.Test
    void textLongerThanAnyAnswerIsRefusedBeforeItIsRead() {
        String huge = "9".repeat(100_000);
        assertEquals("amount_invalid", AnswerParser.parse(AMOUNT, Map.of("householdResources", huge), TODAY).error());
        assertEquals("number_invalid", AnswerParser.parse(AGE, Map.of("age", huge), TODAY).error());
        assertEquals("999999999.99", AnswerParser.parse(AMOUNT, Map.of("householdResources", "999999999,99"), TODAY).value());
    }

    @ParameterizedTest(name = "age \"{0}\" -> {1}")
    @CsvSource(delimiter = '|', value = {"30|30|", "٣٠|30|", "0|0|", "120|120|", "121||number_range", "3.5||number_invalid",
            "trente||number_invalid", "||required"})
    void ages(String typed, String stored, String error) {
        Map<String, String> input = new HashMap<>();
        input.put("age", typed);
        AnswerParser.Parsed p = AnswerParser.parse(AGE, input, TODAY);
        assertEquals(stored, p.value());
        assertEquals(error, p.error());
    }

    @ParameterizedTest(name = "date {0}/{1}/{2} -> {3} {4}")
    @CsvSource(delimiter = '|', value = {
            "10|8|2025|2025-08-10|", "|8|2025|2025-08|", "31|2|2026||date_invalid", "29|2|2024|2024-02-29|",
            "|13|2025||date_invalid", "1|1|25||date_invalid", "10|||| date_incomplete", "|||| required",
            "28|11|2026|2026-11-28|date_future", "|12|2026||date_future", "|11|2026|2026-11|", "1|1|1899||date_too_old"})
    void dates(String day, String month, String year, String stored, String error) {
        Map<String, String> input = new HashMap<>();
        input.put("arrivalDate-day", day);
        input.put("arrivalDate-month", month);
        input.put("arrivalDate-year", year);
        AnswerParser.Parsed p = AnswerParser.parse(ARRIVAL, input, TODAY);
        assertEquals(error == null ? null : error.trim(), p.error());
        assertEquals(error == null ? stored : null, p.value());
    }

    @ParameterizedTest(name = "a month alone stands for its {1} day")
    @CsvSource({"true,2025-08-31", "false,2025-08-01"})
    void monthWithoutDay(boolean end, String date) {
        Question q = new Question("q", "f", QuestionType.DATE, List.of(), null, null, end, false, List.of());
        assertEquals(LocalDate.parse(date), AnswerParser.toDate(q, "2025-08"));
    }
}
