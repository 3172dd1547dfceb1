package fr.ameguide.localhelp;

/**
 * The result page's "near you" block: the offices of the postcode given, or the box to give one (with
 * the message when what was typed is not a postcode we know).
 *
 * @param offices null until a known postcode is given
 * @param error   the message for what was typed, or null
 * @param value   what the box shows: the postcode given, or what was typed when it is wrong
 */
public record LocalResult(LocalOffices offices, String error, String value) {
    public static final String FIELD = "postcode";
}
