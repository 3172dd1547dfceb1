package fr.ameguide.i18n;

/**
 * One translated string: its ICU MessageFormat pattern, the French text it was made from, and whether
 * a person has reviewed it. It is stale when the French has changed since.
 */
public record Message(String key, String pattern, String madeFrom, TranslationState state) {
    public boolean staleAgainst(String currentFrench) {
        return state != TranslationState.SOURCE && !currentFrench.equals(madeFrom);
    }
}
