package fr.ameguide.summary;

import fr.ameguide.content.Question;
import fr.ameguide.content.QuestionType;
import fr.ameguide.content.Questionnaire;

import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The answers of one result, sealed into a short token for the summary's QR code, encrypted and
 * authenticated with AES-GCM under a key only the server holds. The link reveals nothing readable, and
 * nothing is stored: the token is the only copy.
 *
 * <p>Version 2 (issue 14) names every answer by its CODE, never by its place: each field by a 3-character
 * fingerprint of its name, each choice by a 2-character fingerprint of its option's code (SHA-256,
 * base64url). Reordering the questions or the options of content/questionnaire.yaml, or adding new ones,
 * leaves every printed link meaning the same; renaming a code makes links that used it unreadable (a clear
 * 400, never another answer). Two codes that would share a fingerprint stop the start. The plain text is
 * {@code 2|yyyymmdd|<field><value>|…}: the day it was sealed, then the answers given.
 *
 * <p>A link expires {@value #VALID_MONTHS} months after the day it was sealed: an AME card lasts a year,
 * and its renewal is asked for in the two months before it ends; after that the rules and the person's
 * situation have moved on, and the reader is asked to answer again.
 *
 * <p>Version 1 tokens (summaries printed before version 2) sealed each choice as its position in the
 * option list. They still open, read through a frozen copy of the version 1 layout
 * ({@link #V1_LAYOUT}, the questionnaire as it was when they were made), so that the position they carry
 * keeps its meaning whatever the questionnaire becomes; the same expiry applies, so the last of them
 * expires 14 months after version 2 is deployed, and the copy can go then.
 */
public final class ResultLink {
    /** A card's year, plus its renewal (asked for from two months before it ends). */
    public static final int VALID_MONTHS = 14;
    private static final String VERSION = "2";
    private static final byte[] CONTEXT = "ame-guide result link v2".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] CONTEXT_V1 = "ame-guide result link v1".getBytes(StandardCharsets.US_ASCII);
    static final int FIELD_TAG = 3;
    static final int OPTION_TAG = 2;
    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final int MAX_TOKEN = 1000;
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Pattern DAY = Pattern.compile("\\d{8}");
    private static final Pattern MONTH_OR_DAY = Pattern.compile("\\d{6}|\\d{8}");
    private static final Pattern NUMBER = Pattern.compile("\\d{1,9}");
    private static final Pattern AMOUNT = Pattern.compile("\\d{1,12}(\\.\\d{1,2})?");

    /** One field of the version 1 layout: its place in the token was its place in this list. */
    record V1Field(String field, QuestionType type, List<String> options) {
    }

    /** The version 1 layout, frozen: the first question of each field, in questionnaire order, as of v1. */
    static final List<V1Field> V1_LAYOUT = List.of(
            new V1Field("presence", QuestionType.CHOICE, List.of("lives_in_france", "visiting")),
            new V1Field("territory", QuestionType.CHOICE, List.of("metropole", "overseas", "mayotte")),
            new V1Field("status", QuestionType.CHOICE,
                    List.of("no_permit", "eu_no_right_of_residence", "permit_pending", "asylum_seeker", "valid_permit", "french")),
            new V1Field("age", QuestionType.NUMBER, List.of()),
            new V1Field("arrivalDate", QuestionType.DATE, List.of()),
            new V1Field("hadRegularStay", QuestionType.CHOICE, List.of("yes", "no", "dont_know")),
            new V1Field("regularStayEndDate", QuestionType.DATE, List.of()),
            new V1Field("joiningAmeHolder", QuestionType.CHOICE, List.of("yes", "no")),
            new V1Field("partner", QuestionType.CHOICE, List.of("yes", "no")),
            new V1Field("children", QuestionType.NUMBER, List.of()),
            new V1Field("householdResources", QuestionType.AMOUNT, List.of()),
            new V1Field("housing", QuestionType.CHOICE, List.of("own_home", "hosted", "shelter", "hotel", "no_fixed_address")),
            new V1Field("hostedFree", QuestionType.CHOICE, List.of("yes", "no", "dont_know")),
            new V1Field("identityDocument", QuestionType.CHOICE, List.of("passport", "id_card", "other", "none")),
            new V1Field("urgentCare", QuestionType.CHOICE, List.of("yes", "no")),
            new V1Field("ame", QuestionType.CHOICE, List.of("never", "active", "expired", "refused", "pending")),
            new V1Field("ameDate", QuestionType.DATE, List.of()));

    private final SecretKeySpec key;
    /** Each field by name, with the type of its first question and its options' fingerprints. */
    private final Map<String, Field> byName = new LinkedHashMap<>();
    private final Map<String, Field> byTag = new HashMap<>();

    private record Field(String name, String tag, QuestionType type, Map<String, String> optionTags, Map<String, String> optionsByTag) {
    }

    public ResultLink(byte[] key, Questionnaire questionnaire) {
        this(key, questionnaire.questions());
    }

    /** Over any list of questions: the tests build one with the options in another order. */
    ResultLink(byte[] key, List<Question> questions) {
        if (key.length != 32) {
            throw new IllegalArgumentException("the link key must be 32 bytes");
        }
        this.key = new SecretKeySpec(key, "AES");
        List<String> clashes = new ArrayList<>();
        for (Question q : questions) {
            if (byName.containsKey(q.field())) {
                continue;
            }
            Map<String, String> optionTags = new LinkedHashMap<>();
            Map<String, String> optionsByTag = new HashMap<>();
            if (q.type() == QuestionType.CHOICE) {
                for (String option : q.options()) {
                    String tag = fingerprint(q.field() + "=" + option, OPTION_TAG);
                    String other = optionsByTag.putIfAbsent(tag, option);
                    if (other != null) {
                        clashes.add(q.field() + ": options " + other + " and " + option);
                    }
                    optionTags.put(option, tag);
                }
            }
            Field f = new Field(q.field(), fingerprint(q.field(), FIELD_TAG), q.type(), optionTags, optionsByTag);
            Field other = byTag.putIfAbsent(f.tag(), f);
            if (other != null) {
                clashes.add("fields " + other.name() + " and " + f.name());
            }
            byName.put(f.name(), f);
        }
        if (!clashes.isEmpty()) {
            throw new IllegalStateException("These codes of content/questionnaire.yaml share a result-link fingerprint; rename one of each: "
                    + String.join("; ", clashes));
        }
    }

    /** The first {@code length} base64url characters of the SHA-256 of a code. */
    static String fingerprint(String code, int length) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(code.getBytes(StandardCharsets.UTF_8));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(hash).substring(0, length);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JRE", e);
        }
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
        StringBuilder plain = new StringBuilder(VERSION).append('|').append(compact(asOf.toString()));
        for (Map.Entry<String, String> answer : answers.entrySet()) {
            Field f = byName.get(answer.getKey());
            if (f == null || answer.getValue() == null) {
                continue; // not a field of the questionnaire: not part of its answers
            }
            String v = answer.getValue();
            String value = switch (f.type()) {
                case CHOICE -> f.optionTags().get(v);
                case DATE -> compact(v);
                default -> v;
            };
            if (value == null || value.indexOf('|') >= 0) {
                throw new IllegalArgumentException("not an answer to " + f.name());
            }
            plain.append('|').append(f.tag()).append(value);
        }
        return encrypt(plain.toString());
    }

    /** The token as seen on {@code today}. Never throws: anything this server did not make is unreadable. */
    public Opened open(String token, LocalDate today) {
        Optional<Sealed> sealed = decrypt(token, CONTEXT).flatMap(this::readV2)
                .or(() -> decrypt(token, CONTEXT_V1).flatMap(ResultLink::readV1));
        if (sealed.isEmpty() || sealed.get().asOf().isAfter(today.plusDays(1))) {
            return new Unreadable();
        }
        if (today.isAfter(sealed.get().asOf().plusMonths(VALID_MONTHS))) {
            return new Expired(sealed.get().asOf());
        }
        return new Valid(sealed.get());
    }

    private String encrypt(String plain) {
        try {
            byte[] nonce = new byte[NONCE_BYTES];
            RANDOM.nextBytes(nonce);
            Cipher c = Cipher.getInstance("AES/GCM/NoPadding");
            c.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, nonce));
            c.updateAAD(CONTEXT);
            byte[] sealed = c.doFinal(plain.getBytes(StandardCharsets.UTF_8));
            byte[] out = new byte[NONCE_BYTES + sealed.length];
            System.arraycopy(nonce, 0, out, 0, NONCE_BYTES);
            System.arraycopy(sealed, 0, out, NONCE_BYTES, sealed.length);
            return Base64.getUrlEncoder().withoutPadding().encodeToString(out);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is part of every JRE", e);
        }
    }

    private Optional<String> decrypt(String token, byte[] context) {
        try {
            if (token == null || token.length() > MAX_TOKEN) {
                return Optional.empty();
            }
            byte[] in = Base64.getUrlDecoder().decode(token);
            if (in.length <= NONCE_BYTES + TAG_BITS / 8) {
                return Optional.empty();
            }
            Cipher c = Cipher.getInstance("AES/GCM/NoPadding");
            c.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, in, 0, NONCE_BYTES));
            c.updateAAD(context);
            return Optional.of(new String(c.doFinal(in, NONCE_BYTES, in.length - NONCE_BYTES), StandardCharsets.UTF_8));
        } catch (GeneralSecurityException | RuntimeException e) {
            return Optional.empty();
        }
    }

    private Optional<Sealed> readV2(String plain) {
        String[] parts = plain.split("\\|", -1);
        if (parts.length < 2 || !VERSION.equals(parts[0])) {
            return Optional.empty();
        }
        Optional<LocalDate> asOf = day(parts[1]);
        if (asOf.isEmpty()) {
            return Optional.empty();
        }
        Map<String, String> answers = new LinkedHashMap<>();
        for (int i = 2; i < parts.length; i++) {
            String part = parts[i];
            Field f = part.length() > FIELD_TAG ? byTag.get(part.substring(0, FIELD_TAG)) : null;
            if (f == null) {
                return Optional.empty(); // a field the questionnaire no longer has
            }
            Optional<String> value = value(f.type(), part.substring(FIELD_TAG), f.optionsByTag());
            if (value.isEmpty() || answers.putIfAbsent(f.name(), value.get()) != null) {
                return Optional.empty();
            }
        }
        return Optional.of(new Sealed(answers, asOf.get()));
    }

    private static Optional<Sealed> readV1(String plain) {
        String[] parts = plain.split("\\|", -1);
        if (parts.length != V1_LAYOUT.size() + 2 || !"1".equals(parts[0])) {
            return Optional.empty();
        }
        Optional<LocalDate> asOf = day(parts[1]);
        if (asOf.isEmpty()) {
            return Optional.empty();
        }
        Map<String, String> answers = new LinkedHashMap<>();
        for (int i = 0; i < V1_LAYOUT.size(); i++) {
            String v = parts[i + 2];
            if (v.isEmpty()) {
                continue;
            }
            V1Field f = V1_LAYOUT.get(i);
            Optional<String> value;
            if (f.type() == QuestionType.CHOICE) {
                int position = v.matches("[0-9a-z]{1,2}") ? Integer.parseInt(v, 36) : -1;
                value = position >= 0 && position < f.options().size() ? Optional.of(f.options().get(position)) : Optional.empty();
            } else {
                value = value(f.type(), v, Map.of());
            }
            if (value.isEmpty()) {
                return Optional.empty();
            }
            answers.put(f.field(), value.get());
        }
        return Optional.of(new Sealed(answers, asOf.get()));
    }

    private static Optional<String> value(QuestionType type, String v, Map<String, String> optionsByTag) {
        return switch (type) {
            case CHOICE -> Optional.ofNullable(optionsByTag.get(v));
            case DATE -> MONTH_OR_DAY.matcher(v).matches()
                    ? Optional.of(v.substring(0, 4) + "-" + v.substring(4, 6) + (v.length() == 8 ? "-" + v.substring(6) : ""))
                    : Optional.empty();
            case NUMBER -> NUMBER.matcher(v).matches() ? Optional.of(v) : Optional.empty();
            case AMOUNT -> AMOUNT.matcher(v).matches() ? Optional.of(v) : Optional.empty();
        };
    }

    private static Optional<LocalDate> day(String v) {
        if (!DAY.matcher(v).matches()) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.parse(v.substring(0, 4) + "-" + v.substring(4, 6) + "-" + v.substring(6)));
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }

    private static String compact(String isoDate) {
        return isoDate.replace("-", "");
    }
}
