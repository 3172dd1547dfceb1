package fr.ameguide.eligibility;

import java.util.List;
import java.util.stream.Stream;

/**
 * An answer the core cannot work with: {@code field} is the API field name, {@code code} what is wrong.
 * Every code an answer can get is listed here, those of the core's checks and those of reading a request
 * (a wrong type, a broken body): each has its sentence, {@code api.error.<code>}.
 */
public record Problem(String field, String code) {
    public static final String REQUIRED = "required";
    public static final String AFTER_AS_OF = "after_as_of";
    public static final String OUT_OF_RANGE = "out_of_range";
    public static final String OUTSIDE_KNOWN_RULES = "outside_known_rules";
    /** minorChildren is more than children. */
    public static final String ABOVE_CHILDREN = "above_children";
    /** partnerResources is more than householdResources. */
    public static final String ABOVE_HOUSEHOLD_RESOURCES = "above_household_resources";
    /** Not one of the field's codes, or not of its type. */
    public static final String INVALID_CHOICE = "invalid_choice";
    public static final String INVALID_DATE = "invalid_date";
    public static final String INVALID_NUMBER = "invalid_number";
    /** The body as a whole is not JSON, or is too large: its field is {@link #BODY}. */
    public static final String NOT_JSON = "not_json";
    public static final String TOO_LARGE = "too_large";
    public static final String BODY = "body";

    public static final List<String> CODES = List.of(REQUIRED, AFTER_AS_OF, OUT_OF_RANGE, OUTSIDE_KNOWN_RULES,
            ABOVE_CHILDREN, ABOVE_HOUSEHOLD_RESOURCES, INVALID_CHOICE, INVALID_DATE, INVALID_NUMBER, NOT_JSON, TOO_LARGE);

    /**
     * Every field a problem can name ({@code field.<name>}): the answers', by the API's names (but
     * {@code unknown}, which no request sends), and the body.
     */
    public static List<String> fields() {
        return Stream.concat(Stream.of(Answers.class.getRecordComponents()).map(c -> c.getName())
                .filter(name -> !name.equals("unknown")), Stream.of(BODY)).toList();
    }
}
