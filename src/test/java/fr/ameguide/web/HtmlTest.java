package fr.ameguide.web;

import com.ibm.icu.util.ULocale;
import fr.ameguide.content.GlossaryTerm;
import fr.ameguide.i18n.Language;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Issue 11: web addresses print right in right-to-left text, and no French word is marked inside one. */
class HtmlTest {
    private static final List<GlossaryTerm> GLOSSARY = List.of(new GlossaryTerm("cerfa", "cerfa", List.of()),
            new GlossaryTerm("cpam", "CPAM", List.of()));
    private static final Html ARABIC = new Html(new Language("ar", new ULocale("ar"), new ULocale("ar"), true, "العربية", true), GLOSSARY);
    private static final Html ENGLISH = new Html(new Language("en", new ULocale("en"), new ULocale("en"), false, "English", true), GLOSSARY);

    @Test
    void aWebAddressIsIsolatedLeftToRightInRightToLeftText() {
        assertEquals("الموقع: <bdi dir=\"ltr\">https://www.ameli.fr/assure/cerfa_11573</bdi>. <span lang=\"fr\" dir=\"ltr\">CPAM</span>",
                ARABIC.render("الموقع: https://www.ameli.fr/assure/cerfa_11573. CPAM"));
    }

    @Test
    void theSentencesFullStopOrBracketStaysOutsideTheAddress() {
        assertEquals("(<bdi dir=\"ltr\">https://a.fr/x?y=1&amp;z=2</bdi>), <bdi dir=\"ltr\">http://b.fr</bdi>!",
                ARABIC.render("(https://a.fr/x?y=1&z=2), http://b.fr!"));
    }

    @Test
    void leftToRightTextKeepsItsAddressesAsTheyAreAndMarksTermsAroundThem() {
        assertEquals("The <span lang=\"fr\">cerfa</span>: https://www.service-public.fr/cerfa_11573.",
                ENGLISH.render("The cerfa: https://www.service-public.fr/cerfa_11573."));
        assertEquals("&lt;script&gt; <span lang=\"fr\">CPAM</span>", ENGLISH.render("<script> CPAM"));
    }
}
