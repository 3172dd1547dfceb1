package fr.ameguide.i18n;

import com.ibm.icu.util.ULocale;

/**
 * A language of the site. {@code code} is the stable URL code (prs for Dari); {@code locale} is ICU's
 * locale for plurals; {@code formatLocale} is the one used for numbers and dates, which differs where
 * ICU's data is thin (Haitian Creole formats like French).
 */
public record Language(String code, ULocale locale, ULocale formatLocale, boolean rtl, String nativeName, boolean offered) {
    public static final String SOURCE = "fr";

    public String dir() {
        return rtl ? "rtl" : "ltr";
    }

    /** The BCP 47 tag for the {@code lang} attribute: prs is a valid tag for Dari, as is fa-AF. */
    public String tag() {
        return code;
    }

    public boolean isSource() {
        return SOURCE.equals(code);
    }
}
