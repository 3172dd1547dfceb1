package fr.ameguide.eligibility;

/** An answer the core cannot work with: {@code field} is the API field name, {@code code} what is wrong. */
public record Problem(String field, String code) {
    public static final String REQUIRED = "required";
    public static final String AFTER_AS_OF = "after_as_of";
    public static final String OUT_OF_RANGE = "out_of_range";
    public static final String OUTSIDE_KNOWN_RULES = "outside_known_rules";
    /** minorChildren is more than children. */
    public static final String ABOVE_CHILDREN = "above_children";
    /** partnerResources is more than householdResources. */
    public static final String ABOVE_HOUSEHOLD_RESOURCES = "above_household_resources";
}
