package fr.ameguide.summary;

import fr.ameguide.content.Question;
import fr.ameguide.content.QuestionType;
import fr.ameguide.summary.ResultLink.Sealed;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
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
 * The plain text of a version 2 result link (issue 14), which names every answer by its CODE, never by its
 * place: each field by a 3-character fingerprint of its name, each choice by a 2-character fingerprint of
 * its option's code (SHA-256, base64url). Reordering the questions or the options of
 * content/questionnaire.yaml, or adding new ones, leaves every printed link meaning the same; renaming a
 * code makes links that used it unreadable (a clear 400, never another answer). Two codes that would share
 * a fingerprint stop the start. The plain text is {@code 2|yyyymmdd|<field><value>|…}: the day it was
 * sealed, then the answers given.
 */
final class AnswerCodes {
    private static final String VERSION = "2";
    static final int FIELD_TAG = 3;
    static final int OPTION_TAG = 2;
    private static final Pattern DAY = Pattern.compile("\\d{8}");
    private static final Pattern MONTH_OR_DAY = Pattern.compile("\\d{6}|\\d{8}");
    private static final Pattern NUMBER = Pattern.compile("\\d{1,9}");
    private static final Pattern AMOUNT = Pattern.compile("\\d{1,12}(\\.\\d{1,2})?");

    /** Each field by name, with the type of its first question and its options' fingerprints. */
    private final Map<String, Field> byName = new LinkedHashMap<>();
    private final Map<String, Field> byTag = new HashMap<>();

    private record Field(String name, String tag, QuestionType type, Map<String, String> optionTags, Map<String, String> optionsByTag) {
    }

    AnswerCodes(List<Question> questions) {
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

    /** A value the questionnaire could not have given throws, rather than seal a link that would not open. */
    String write(Map<String, String> answers, LocalDate asOf) {
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
        return plain.toString();
    }

    Optional<Sealed> read(String plain) {
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

    /** A value as the questionnaire writes it, or empty if it could not be an answer: read alike by both versions. */
    static Optional<String> value(QuestionType type, String v, Map<String, String> optionsByTag) {
        return switch (type) {
            case CHOICE -> Optional.ofNullable(optionsByTag.get(v));
            case DATE -> MONTH_OR_DAY.matcher(v).matches()
                    ? Optional.of(v.substring(0, 4) + "-" + v.substring(4, 6) + (v.length() == 8 ? "-" + v.substring(6) : ""))
                    : Optional.empty();
            case NUMBER -> NUMBER.matcher(v).matches() ? Optional.of(v) : Optional.empty();
            case AMOUNT -> AMOUNT.matcher(v).matches() ? Optional.of(v) : Optional.empty();
        };
    }

    static Optional<LocalDate> day(String v) {
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
