package fr.ameguide.result;

import fr.ameguide.content.Content;
import fr.ameguide.content.RepositoryContent;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.math.BigDecimal;
import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A sentence that ends on a date ending with a full stop ("2026 р.") ends with one full stop, not two. */
class SentenceEndTest {
    @ParameterizedTest
    @CsvSource({"uk, р.", "ru, г.", "fr, 2026."})
    void aDateAtTheEndOfASentenceKeepsOneFullStop(String code, String ending) {
        Content content = RepositoryContent.load();
        Wording w = new Wording(content, content.languages().offered(code).orElseThrow());
        String sentence = w.text("result.ceiling_used", "amount", new BigDecimal("10421"), "householdSize", 1,
                "territory", "X", "validFrom", LocalDate.of(2026, 4, 1));
        assertTrue(sentence.endsWith(ending), sentence);
        assertFalse(sentence.endsWith(".."), sentence);
    }
}
