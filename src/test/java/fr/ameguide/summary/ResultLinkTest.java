package fr.ameguide.summary;

import fr.ameguide.content.RepositoryContent;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ResultLinkTest {
    private static final byte[] KEY = new byte[32];
    private static final Map<String, String> ANSWERS = new LinkedHashMap<>();

    static {
        Arrays.fill(KEY, (byte) 7);
        ANSWERS.put("presence", "lives_in_france");
        ANSWERS.put("territory", "overseas");
        ANSWERS.put("status", "eu_no_right_of_residence");
        ANSWERS.put("age", "41");
        ANSWERS.put("arrivalDate", "2025-08");
        ANSWERS.put("hadRegularStay", "dont_know");
        ANSWERS.put("partner", "yes");
        ANSWERS.put("children", "3");
        ANSWERS.put("householdResources", "12345.67");
        ANSWERS.put("housing", "no_fixed_address");
        ANSWERS.put("identityDocument", "none");
        ANSWERS.put("urgentCare", "yes");
        ANSWERS.put("ame", "refused");
        ANSWERS.put("ameDate", "2026-11-02");
    }

    private static ResultLink link(byte[] key) {
        return new ResultLink(key, RepositoryContent.load().questionnaire());
    }

    @Test
    void aSealedResultOpensToTheSameAnswersAndDay() {
        String token = link(KEY).seal(ANSWERS, LocalDate.of(2026, 11, 27));
        ResultLink.Sealed opened = link(KEY).open(token).orElseThrow();
        assertEquals(ANSWERS, opened.answers());
        assertEquals(LocalDate.of(2026, 11, 27), opened.asOf());
        assertTrue(token.length() < 120, "compact enough for a small QR code: " + token.length());
        assertTrue(token.matches("[A-Za-z0-9_-]+"), "safe in an address");
    }

    @Test
    void theTokenRevealsNothingReadable() {
        String token = link(KEY).seal(ANSWERS, LocalDate.of(2026, 11, 27));
        for (String v : ANSWERS.values()) {
            if (v.length() >= 6) { // shorter ones ("41", "yes") can appear in any base64 text by chance
                assertFalse(token.contains(v), v);
            }
        }
        assertFalse(token.equals(link(KEY).seal(ANSWERS, LocalDate.of(2026, 11, 27))), "a fresh nonce each time");
    }

    @Test
    void anAlteredOrForeignTokenDoesNotOpen() {
        String token = link(KEY).seal(ANSWERS, LocalDate.of(2026, 11, 27));
        char c = token.charAt(30);
        String altered = token.substring(0, 30) + (c == 'A' ? 'B' : 'A') + token.substring(31);
        assertTrue(link(KEY).open(altered).isEmpty());
        byte[] other = KEY.clone();
        other[0] = 8;
        assertTrue(link(other).open(token).isEmpty());
        assertTrue(link(KEY).open("not a token").isEmpty());
        assertTrue(link(KEY).open("").isEmpty());
    }
}
