package fr.ameguide.summary;

import fr.ameguide.content.Question;
import fr.ameguide.content.Questionnaire;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The answers of one result, sealed into a short token for the summary's QR code, encrypted and
 * authenticated with AES-GCM under a key only the server holds ({@link LinkCipher}). The link reveals
 * nothing readable, and nothing is stored: the token is the only copy.
 *
 * <p>Version 2 names every answer by a fingerprint of its code, never by its place ({@link AnswerCodes}),
 * so that reordering or adding questions and options leaves printed links meaning the same. Version 1
 * tokens, which named choices by their position, still open through a frozen copy of their layout
 * ({@link V1Layout}).
 *
 * <p>A link expires {@value #VALID_MONTHS} months after the day it was sealed: an AME card lasts a year,
 * and its renewal is asked for in the two months before it ends; after that the rules and the person's
 * situation have moved on, and the reader is asked to answer again.
 */
public final class ResultLink {
    /** A card's year, plus its renewal (asked for from two months before it ends). */
    public static final int VALID_MONTHS = 14;
    private static final byte[] CONTEXT = "ame-guide result link v2".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] CONTEXT_V1 = "ame-guide result link v1".getBytes(StandardCharsets.US_ASCII);

    private final LinkCipher cipher;
    private final AnswerCodes codes;

    public ResultLink(byte[] key, Questionnaire questionnaire) {
        this(key, questionnaire.questions());
    }

    /** Over any list of questions: the tests build one with the options in another order. */
    ResultLink(byte[] key, List<Question> questions) {
        this.cipher = new LinkCipher(key);
        this.codes = new AnswerCodes(questions);
    }

    /** The answers and the day they were assessed (and sealed). */
    public record Sealed(Map<String, String> answers, LocalDate asOf) {
    }

    /** What a token holds, seen on a given day. */
    public sealed interface Opened permits Valid, Expired, Unreadable {
    }

    /** Made by this server, not expired. */
    public record Valid(Sealed sealed) implements Opened {
    }

    /** Made by this server, but more than {@value #VALID_MONTHS} months ago. */
    public record Expired(LocalDate sealedOn) implements Opened {
    }

    /** Forged, altered, damaged, made under another key, or naming a code the questionnaire no longer has. */
    public record Unreadable() implements Opened {
    }

    public String seal(Map<String, String> answers, LocalDate asOf) {
        return cipher.seal(codes.write(answers, asOf), CONTEXT);
    }

    /** The token as seen on {@code today}. Never throws: anything this server did not make is unreadable. */
    public Opened open(String token, LocalDate today) {
        Optional<Sealed> sealed = cipher.open(token, CONTEXT).flatMap(codes::read)
                .or(() -> cipher.open(token, CONTEXT_V1).flatMap(V1Layout::read));
        if (sealed.isEmpty() || sealed.get().asOf().isAfter(today.plusDays(1))) {
            return new Unreadable();
        }
        if (today.isAfter(sealed.get().asOf().plusMonths(VALID_MONTHS))) {
            return new Expired(sealed.get().asOf());
        }
        return new Valid(sealed.get());
    }
}
