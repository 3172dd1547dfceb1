package fr.ameguide.summary;

import fr.ameguide.content.Question;
import fr.ameguide.content.QuestionType;
import fr.ameguide.content.RepositoryContent;
import fr.ameguide.testing.TestPerson;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ResultLinkTest {
    /** The dev and test profiles' key (application.properties): bytes 0 to 31. */
    static final byte[] TEST_KEY = new byte[32];
    private static final byte[] OTHER_KEY = new byte[32];
    private static final LocalDate SEALED = LocalDate.of(2026, 11, 27);
    /** Someone overseas, their arrival known to the month, refused on 2 November 2026: a bit of every kind of answer. */
    private static final Map<String, String> ANSWERS = TestPerson.adultWithoutPermit(SEALED)
            .with("territory", "overseas", "status", "eu_no_right_of_residence", "arrivalDate", "2025-08", "hadRegularStay", "dont_know",
                    "partner", "yes", "children", "3", "housing", "no_fixed_address", "identityDocument", "none", "urgentCare", "yes")
            .age(41).resources("12345.67").ame("refused", LocalDate.of(2026, 11, 2)).form();

    /**
     * Sealed once with TEST_KEY by version 2 on 2026-11-27 and fixed here: it must open to ANSWERS for as
     * long as it is valid. If this test fails, every QR code printed since version 2 has stopped opening.
     */
    static final String GOLDEN_V2 = "Gal6C0LJ9ihF1_RZbumQOxkecR-6tFDDaPEu3h1eDFeG_mGAdzcNPMPI5p5ycwpAfLMPqByuNohY2sDrTbBnWzFiePg6KRyRoF3_5xtBqXrHU2aVa4L5zqd5QNUGGvfxDfT7-8sXxhtMG60BcJKQxU97_ppXKuwWwqtrzQnV2HlisxODt9zAkKc";
    /** Sealed with a key of 32 bytes of 7 by version 1 (choices as positions) on 2026-11-27, before version 2. */
    static final String GOLDEN_V1 = "LYyqzUe0qliw0XS0_2aWVFH_00rVNHHTiVoP1gTU8HnFRaN3IyHAofnNUcc5xJhQYGsi2iSHG9FO4VC9rpE-RCZLimDeY4tzjPUP62FhOqW8EHCtW_XIzCA";

    static {
        for (int i = 0; i < 32; i++) {
            TEST_KEY[i] = (byte) i;
        }
        Arrays.fill(OTHER_KEY, (byte) 7);
    }

    private static List<Question> questions() {
        return RepositoryContent.load().questionnaire().questions();
    }

    private static ResultLink link(byte[] key) {
        return new ResultLink(key, questions());
    }

    private static ResultLink.Sealed valid(ResultLink.Opened opened) {
        return assertInstanceOf(ResultLink.Valid.class, opened).sealed();
    }

    @Test
    void aSealedResultOpensToTheSameAnswersAndDay() {
        String token = link(TEST_KEY).seal(ANSWERS, SEALED);
        ResultLink.Sealed opened = valid(link(TEST_KEY).open(token, SEALED));
        assertEquals(ANSWERS, opened.answers());
        assertEquals(SEALED, opened.asOf());
        assertTrue(token.length() < 200, "compact enough for a small QR code: " + token.length());
        assertTrue(token.matches("[A-Za-z0-9_-]+"), "safe in an address");
    }

    @Test
    void theGoldenTokenKeepsOpeningToTheSameAnswers() {
        ResultLink.Sealed opened = valid(link(TEST_KEY).open(GOLDEN_V2, SEALED.plusMonths(3)));
        assertEquals(ANSWERS, opened.answers());
        assertEquals(SEALED, opened.asOf());
    }

    @Test
    void aVersion1TokenOpensThroughItsFrozenLayout() {
        ResultLink.Sealed opened = valid(link(OTHER_KEY).open(GOLDEN_V1, SEALED.plusDays(1)));
        assertEquals(ANSWERS, opened.answers());
        assertEquals(SEALED, opened.asOf());
        assertInstanceOf(ResultLink.Expired.class, link(OTHER_KEY).open(GOLDEN_V1, SEALED.plusMonths(15)));
        assertInstanceOf(ResultLink.Unreadable.class, link(TEST_KEY).open(GOLDEN_V1, SEALED), "another key");
    }

    @Test
    void theFrozenVersion1LayoutStillNamesWhatTheQuestionnaireAsks() {
        // Version 1 sealed the first question of each field, in order, and each choice as its position. The
        // questionnaire has since grown (the household questions of December 2026, the "appealed" option):
        // V1Layout.FIELDS keeps the old order and must never be edited to follow it. What a v1 token says must
        // still be something the questionnaire can ask: the same field, type and option codes.
        Map<String, Question> first = new LinkedHashMap<>();
        questions().forEach(q -> first.putIfAbsent(q.field(), q));
        List<String> now = first.keySet().stream().toList();
        List<String> v1 = V1Layout.FIELDS.stream().map(V1Layout.Field::field).toList();
        assertEquals(v1, now.stream().filter(v1::contains).toList(), "the v1 fields, in their order, among today's");
        for (V1Layout.Field f : V1Layout.FIELDS) {
            assertEquals(first.get(f.field()).type(), f.type(), f.field());
            assertTrue(first.get(f.field()).options().containsAll(f.options()), f.field());
        }
        assertEquals(List.of("never", "active", "expired", "refused", "pending"), V1Layout.FIELDS.stream()
                .filter(f -> f.field().equals("ame")).findFirst().orElseThrow().options(), "frozen, not following the new option");
    }

    @Test
    void reorderingOptionsAndQuestionsKeepsTheTokenMeaningTheSame() {
        List<Question> reordered = new ArrayList<>();
        for (Question q : questions()) {
            List<String> options = new ArrayList<>(q.options());
            Collections.reverse(options);
            reordered.add(new Question(q.id(), q.field(), q.type(), options, q.min(), q.max(), q.unknownDayIsEnd(), q.allowFuture(), q.next()));
        }
        Collections.reverse(reordered);
        Question status = reordered.stream().filter(q -> q.field().equals("status")).findFirst().orElseThrow();
        assertNotEquals(questions().stream().filter(q -> q.field().equals("status")).findFirst().orElseThrow().options(), status.options(),
                "the options really moved");
        ResultLink moved = new ResultLink(TEST_KEY, reordered);
        assertEquals(ANSWERS, valid(moved.open(GOLDEN_V2, SEALED)).answers(), "a printed token");
        assertEquals(ANSWERS, valid(moved.open(link(TEST_KEY).seal(ANSWERS, SEALED), SEALED)).answers(), "a fresh token");
        assertEquals(ANSWERS, valid(link(TEST_KEY).open(moved.seal(ANSWERS, SEALED), SEALED)).answers(), "and back");
        // An option that was added is simply one more code; one that was removed or renamed cannot be read.
        List<Question> renamed = new ArrayList<>();
        for (Question q : questions()) {
            List<String> options = q.field().equals("housing") ? List.of("own_home", "hosted", "shelter", "hotel", "street", "new_option") : q.options();
            renamed.add(new Question(q.id(), q.field(), q.type(), options, q.min(), q.max(), q.unknownDayIsEnd(), q.allowFuture(), q.next()));
        }
        assertInstanceOf(ResultLink.Unreadable.class, new ResultLink(TEST_KEY, renamed).open(GOLDEN_V2, SEALED));
    }

    @Test
    void aLinkExpires14MonthsAfterTheDayItWasSealed() {
        String token = link(TEST_KEY).seal(ANSWERS, SEALED);
        assertEquals(SEALED, valid(link(TEST_KEY).open(token, LocalDate.of(2028, 1, 27))).asOf(), "the last valid day");
        ResultLink.Opened late = link(TEST_KEY).open(token, LocalDate.of(2028, 1, 28));
        assertEquals(SEALED, assertInstanceOf(ResultLink.Expired.class, late).sealedOn());
        assertInstanceOf(ResultLink.Expired.class, link(TEST_KEY).open(GOLDEN_V2, LocalDate.of(2030, 1, 1)));
        assertInstanceOf(ResultLink.Unreadable.class, link(TEST_KEY).open(token, SEALED.minusDays(2)), "sealed in the future");
    }

    @Test
    void theTokenRevealsNothingReadable() {
        String token = link(TEST_KEY).seal(ANSWERS, SEALED);
        for (String v : ANSWERS.values()) {
            if (v.length() >= 6) { // shorter ones ("41", "yes") can appear in any base64 text by chance
                assertFalse(token.contains(v), v);
            }
        }
        assertFalse(token.equals(link(TEST_KEY).seal(ANSWERS, SEALED)), "a fresh nonce each time");
    }

    @Test
    void anAlteredForeignOrMalformedTokenIsUnreadable() {
        String token = link(TEST_KEY).seal(ANSWERS, SEALED);
        char c = token.charAt(30);
        String altered = token.substring(0, 30) + (c == 'A' ? 'B' : 'A') + token.substring(31);
        byte[] random = new byte[90];
        new java.util.Random(1).nextBytes(random);
        for (String bad : new String[] {altered, token.substring(0, token.length() - 1), token + "A", "not a token", "", "A", "====",
                "%00", Base64.getUrlEncoder().withoutPadding().encodeToString(random), "A".repeat(5000), null}) {
            assertInstanceOf(ResultLink.Unreadable.class, link(TEST_KEY).open(bad, SEALED), String.valueOf(bad));
        }
        assertInstanceOf(ResultLink.Unreadable.class, link(OTHER_KEY).open(token, SEALED));
    }

    @Test
    void answersThatAreNotTheQuestionnairesAreNotSealed() {
        Map<String, String> withExtra = new LinkedHashMap<>(ANSWERS);
        withExtra.put("_show", "result");
        assertEquals(ANSWERS, valid(link(TEST_KEY).open(link(TEST_KEY).seal(withExtra, SEALED), SEALED)).answers());
        Map<String, String> unknownOption = new LinkedHashMap<>(ANSWERS);
        unknownOption.put("housing", "castle");
        assertThrows(IllegalArgumentException.class, () -> link(TEST_KEY).seal(unknownOption, SEALED));
    }

    @Test
    void twoCodesSharingAFingerprintStopTheStart() {
        Map<String, String> seen = new java.util.HashMap<>();
        String a = null;
        String b = null;
        for (int i = 0; a == null; i++) {
            String name = "field" + i;
            String other = seen.putIfAbsent(AnswerCodes.fingerprint(name, AnswerCodes.FIELD_TAG), name);
            if (other != null) {
                a = other;
                b = name;
            }
        }
        List<Question> clash = new ArrayList<>(questions());
        clash.add(new Question("a", a, QuestionType.NUMBER, List.of(), 0, 9, false, false, List.of()));
        clash.add(new Question("b", b, QuestionType.NUMBER, List.of(), 0, 9, false, false, List.of()));
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> new ResultLink(TEST_KEY, clash));
        assertTrue(e.getMessage().contains("fields " + a + " and " + b), e.getMessage());
    }
}
