package fr.ameguide.http;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Malformed items of a negotiation header are dropped; well-formed ones are kept as they were. */
class HeaderHygieneTest {
    @ParameterizedTest(name = "{0} [{1}] -> [{2}]")
    @CsvSource(delimiter = '|', value = {
            "CODING|gzip, deflate, br|gzip,deflate,br",
            "CODING|gzip, |gzip",
            "CODING|gzip;q=abc, br|br",
            "CODING|br;q=2|''",
            "CODING|;;,q=|''",
            "LANGUAGE|prs-AF,,fa|prs-AF,fa",
            "LANGUAGE|fr-FR, fr;q=0.9, en;q=0.8|fr-FR,fr;q=0.9,en;q=0.8",
            "LANGUAGE|;q=,,|''",
            "LANGUAGE|en;q=x, ar|ar",
            "LANGUAGE|*|*",
            "MEDIA|text/html,application/xhtml+xml,*/*;q=0.8|text/html,application/xhtml+xml,*/*;q=0.8",
            "MEDIA|text/html;;|''",
            "MEDIA|text/html;level=1, x|text/html;level=1",
            "CHARSET|,,|''",
            "CHARSET|utf-8;q=0.9;q=0.1, iso-8859-1|iso-8859-1",
            "LANGUAGE|fr;q=0.5;q=0.4,ar;q=0.3|ar;q=0.3"})
    void keepsTheWellFormedItems(HeaderHygiene.Kind kind, String header, String expected) {
        assertEquals(expected, HeaderHygiene.clean(kind, header));
    }
}
