package fr.ameguide.localhelp;

import fr.ameguide.content.LocalHelp;
import fr.ameguide.content.RepositoryContent;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

/** How the offices of content/local-help are written on a page: telephone links, names inside a sentence. */
class LocalOfficesTest {
    static LocalHelp help;

    @BeforeAll
    static void load() {
        List<String> problems = new ArrayList<>();
        help = LocalHelp.load(RepositoryContent.open(Map.of()), problems);
        assertEquals(List.of(), problems);
    }

    @Test
    void phoneNumbersBecomeTelAddresses() {
        assertEquals("tel:0450568749", LocalOffices.tel("04 50 56 87 49"));
        assertEquals("tel:0590123456", LocalOffices.tel("0590.12.34.56"));
        assertNull(LocalOffices.tel("voir le planning"));
        assertNotNull(help.lookup("01200").areas().get(0).inCommunes().get(0).phone());
    }

    @Test
    void tribunalNamesReadInASentence() {
        assertEquals("tribunal administratif de Montreuil", LocalOffices.inSentence("Tribunal administratif de Montreuil"));
    }
}
