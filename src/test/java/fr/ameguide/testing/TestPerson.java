package fr.ameguide.testing;

import fr.ameguide.content.Question;
import fr.ameguide.content.QuestionType;
import fr.ameguide.content.RepositoryContent;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One person's answers for the tests, by the form's field names (the fields of content/questionnaire.yaml),
 * built from a named starting point:
 * <pre>
 *   TestPerson.adultWithoutPermit(today).with("housing", "hosted").arrivedOn(date).couple().children(2, 1).form()
 * </pre>
 * {@link #form()} gives the fields as the server keeps them (dates in ISO form), for a post of the whole
 * answers; {@link #byQuestion()} gives them question by question (dates split into -day, -month and -year),
 * for the tests that walk the questionnaire. A field off the person's path is dropped by the server, so a
 * person may carry answers that only some paths ask (see {@link #answersIfAsked()}).
 */
public final class TestPerson {
    private final Map<String, String> fields = new LinkedHashMap<>();

    private TestPerson() {
    }

    /**
     * An adult of 34 in metropolitan France without a permit, arrived two years before {@code today} with no
     * regular stay since, alone and without children, with 3,000 € over 12 months, in their own home, with a
     * passport, whose care can wait, who has never applied for AME.
     */
    public static TestPerson adultWithoutPermit(LocalDate today) {
        return new TestPerson().with("presence", "lives_in_france", "territory", "metropole", "status", "no_permit", "age", "34")
                .arrivedOn(today.minusYears(2)).with("hadRegularStay", "no", "partner", "no", "children", "0",
                        "householdResources", "3000", "housing", "own_home", "identityDocument", "passport", "urgentCare", "no",
                        "ame", "never");
    }

    /**
     * A child of 9 in metropolitan France without a permit (neither arrival nor resources are asked), in their
     * own home, with a passport, whose care can wait, who has never applied for AME.
     */
    public static TestPerson child() {
        return new TestPerson().with("presence", "lives_in_france", "territory", "metropole", "status", "no_permit", "age", "9",
                "housing", "own_home", "identityDocument", "passport", "urgentCare", "no", "ame", "never");
    }

    /** A copy, to change without changing this one. */
    public TestPerson copy() {
        TestPerson copy = new TestPerson();
        copy.fields.putAll(fields);
        return copy;
    }

    /** Sets fields by name: {@code with("housing", "hosted", "hostedFree", "yes")}. */
    public TestPerson with(String... fieldsAndValues) {
        if (fieldsAndValues.length % 2 != 0) {
            throw new IllegalArgumentException("fields and values go in pairs");
        }
        for (int i = 0; i < fieldsAndValues.length; i += 2) {
            fields.put(fieldsAndValues[i], fieldsAndValues[i + 1]);
        }
        return this;
    }

    public TestPerson without(String field) {
        fields.remove(field);
        return this;
    }

    public TestPerson age(int age) {
        return with("age", String.valueOf(age));
    }

    public TestPerson arrivedOn(LocalDate arrival) {
        return with("arrivalDate", arrival.toString());
    }

    /** The household's resources over the last 12 months, as typed. */
    public TestPerson resources(String amount) {
        return with("householdResources", amount);
    }

    /** Lives as a couple with a partner who has no regular status either. */
    public TestPerson couple() {
        return with("partner", "yes", "partnerRegularStatus", "no");
    }

    /** {@code total} dependent children, {@code minors} of them under 18 (asked only when there are some). */
    public TestPerson children(int total, int minors) {
        with("children", String.valueOf(total));
        return total == 0 ? without("minorChildren") : with("minorChildren", String.valueOf(minors));
    }

    /** Hosted by someone; {@code free} answers whether for free ("yes", "no", "dont_know"). */
    public TestPerson hosted(String free) {
        return with("housing", "hosted", "hostedFree", free);
    }

    /** The AME asked for before ("active", "expired", "refused", "appealed", "pending") and its date. */
    public TestPerson ame(String ame, LocalDate date) {
        return with("ame", ame, "ameDate", date.toString());
    }

    /**
     * The answers to questions asked only on some paths: not visa-exempt (asked after a recent arrival) and no
     * alimony paid (asked over the ceiling). Off the path the server drops them.
     */
    public TestPerson answersIfAsked() {
        return with("visaExempt", "no", "alimonyPaid", "0");
    }

    /**
     * The form fields as the server keeps them (dates in ISO form), in the order of the questionnaire and then
     * any other field (a postcode, ...); a new map each time, free to change.
     */
    public Map<String, String> form() {
        Map<String, String> form = new LinkedHashMap<>();
        for (String field : questionnaireFields()) {
            if (fields.containsKey(field)) {
                form.put(field, fields.get(field));
            }
        }
        fields.forEach(form::putIfAbsent);
        return form;
    }

    /** The answered fields of the questionnaire up to and including {@code last}, in its order. */
    public Map<String, String> formThrough(String last) {
        List<String> order = questionnaireFields();
        if (!order.contains(last)) {
            throw new IllegalArgumentException("not a field of the questionnaire: " + last);
        }
        Map<String, String> form = new LinkedHashMap<>();
        for (String field : order.subList(0, order.indexOf(last) + 1)) {
            if (fields.containsKey(field)) {
                form.put(field, fields.get(field));
            }
        }
        return form;
    }

    /**
     * The answers question by question, as a walker posts them: question id -> its form fields, a date split
     * into -day, -month and -year (a day left out of a date stays empty). A field that several questions ask
     * (ameDate) answers each of them; a question whose field the person has no answer for is not there.
     */
    public Map<String, Map<String, String>> byQuestion() {
        Map<String, Map<String, String>> answers = new LinkedHashMap<>();
        for (Question q : questions()) {
            String value = fields.get(q.field());
            if (value != null) {
                answers.put(q.id(), q.type() == QuestionType.DATE ? dateFields(q.field(), value) : Map.of(q.field(), value));
            }
        }
        return answers;
    }

    /** A date question's fields, as a person types them: {@code arrivalDate-day}, {@code -month}, {@code -year}. */
    public static Map<String, String> dateFields(String field, LocalDate date) {
        return dateFields(field, date.toString());
    }

    /** The same from a date as the server keeps it: "2025-08-14", or "2025-08" for a month without its day. */
    private static Map<String, String> dateFields(String field, String iso) {
        String[] parts = iso.split("-");
        Map<String, String> out = new LinkedHashMap<>();
        out.put(field + "-day", parts.length > 2 ? String.valueOf(Integer.parseInt(parts[2])) : "");
        out.put(field + "-month", parts.length > 1 ? String.valueOf(Integer.parseInt(parts[1])) : "");
        out.put(field + "-year", parts[0]);
        return out;
    }

    private static List<Question> questions() {
        return RepositoryContent.load().questionnaire().questions();
    }

    private static List<String> questionnaireFields() {
        return questions().stream().map(Question::field).distinct().toList();
    }

    @Override
    public String toString() {
        return form().toString();
    }
}
