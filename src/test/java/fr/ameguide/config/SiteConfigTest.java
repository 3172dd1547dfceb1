package fr.ameguide.config;

import io.quarkus.runtime.configuration.ConfigurationException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.net.URI;
import java.util.Base64;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The start-up check of the public address and the link key (issue 14, finding 4). */
class SiteConfigTest {
    private static final byte[] KEY = new byte[32];
    private static final String GOOD_KEY;
    private static final Optional<String> GOOD_URL = Optional.of("https://ame-guide.example.org");

    static {
        for (int i = 0; i < KEY.length; i++) {
            KEY[i] = (byte) (i * 37 + 11);
        }
        GOOD_KEY = Base64.getEncoder().encodeToString(KEY);
    }

    private static String refusal(Optional<String> url, Optional<String> key) {
        ConfigurationException e = assertThrows(ConfigurationException.class, () -> SiteConfig.check(url, key));
        assertTrue(e.getMessage().startsWith("AME Guide cannot start:"), e.getMessage());
        return e.getMessage();
    }

    @Test
    void validSettingsGiveTheOriginAndTheKey() {
        SiteConfig.Checked c = SiteConfig.check(Optional.of(" https://AME-Guide.example.org/ "), Optional.of(GOOD_KEY + "\n"));
        assertEquals(URI.create("https://ame-guide.example.org"), c.publicUrl());
        assertArrayEquals(KEY, c.linkKey());
        assertEquals("https://ame-guide.example.org/fr/summary/abc", c.link("/fr/summary/abc"));
        assertEquals("https://ame-guide.example.org:8443/x", SiteConfig.check(Optional.of("https://ame-guide.example.org:8443"),
                Optional.of(GOOD_KEY)).link("/x"));
    }

    @Test
    void bothMissingAreBothNamed() {
        String m = refusal(Optional.empty(), Optional.of("  "));
        assertTrue(m.contains("AMEGUIDE_PUBLIC_URL (ameguide.public-url) is not set"), m);
        assertTrue(m.contains("AMEGUIDE_LINK_KEY (ameguide.link-key) is not set"), m);
        assertEquals(3, m.lines().count(), "one line per problem:\n" + m);
        assertFalse(m.contains("Exception"), m);
    }

    @ParameterizedTest
    @ValueSource(strings = {"http://ame-guide.example.org", "ame-guide.example.org", "https://", "https://ame-guide.example.org/ame",
            "https://user@ame-guide.example.org", "https://ame-guide.example.org/?a=b", "https://ame-guide.example.org#x",
            "https://bad host", "ftp://ame-guide.example.org"})
    void anAddressThatIsNotAnHttpsOriginIsRefused(String url) {
        String m = refusal(Optional.of(url), Optional.of(GOOD_KEY));
        assertTrue(m.contains("AMEGUIDE_PUBLIC_URL (ameguide.public-url) is \"" + url + "\""), m);
        assertEquals(2, m.lines().count(), m);
    }

    @Test
    void aKeyThatIsNot32RandomBytesIsRefusedWithoutQuotingIt() {
        String notBase64 = "this is not base64!";
        String m = refusal(GOOD_URL, Optional.of(notBase64));
        assertTrue(m.contains("is not valid base64"), m);
        assertFalse(m.contains(notBase64), "a secret is never printed, even mistyped");
        String short16 = Base64.getEncoder().encodeToString(new byte[16]);
        assertTrue(refusal(GOOD_URL, Optional.of(short16)).contains("decodes to 16 bytes instead of 32"));
        String zeros = Base64.getEncoder().encodeToString(new byte[32]);
        assertTrue(refusal(GOOD_URL, Optional.of(zeros)).contains("one byte repeated"));
    }
}
