package fr.ameguide.summary;

import fr.ameguide.content.Question;
import fr.ameguide.content.QuestionType;
import fr.ameguide.content.Questionnaire;

import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.LocalDate;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The answers of one result, sealed into a short token for the summary's QR code: compact (choices as
 * option numbers), then encrypted and authenticated with AES-GCM under a key only the server holds.
 * The link reveals nothing readable, and nothing is stored: the token is the only copy.
 */
public final class ResultLink {
    private static final String VERSION = "1";
    private static final byte[] CONTEXT = "ame-guide result link v1".getBytes(StandardCharsets.US_ASCII);
    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final SecureRandom RANDOM = new SecureRandom();
    private final SecretKeySpec key;
    private final List<Question> fields;

    public ResultLink(byte[] key, Questionnaire questionnaire) {
        if (key.length != 32) {
            throw new IllegalArgumentException("the link key must be 32 bytes");
        }
        this.key = new SecretKeySpec(key, "AES");
        Map<String, Question> firstByField = new LinkedHashMap<>();
        questionnaire.questions().forEach(q -> firstByField.putIfAbsent(q.field(), q));
        this.fields = List.copyOf(firstByField.values());
    }

    /** The answers and the day they were assessed. */
    public record Sealed(Map<String, String> answers, LocalDate asOf) {
    }

    public String seal(Map<String, String> answers, LocalDate asOf) {
        StringBuilder plain = new StringBuilder(VERSION).append('|').append(asOf.toString().replace("-", ""));
        for (Question q : fields) {
            String v = answers.get(q.field());
            plain.append('|');
            if (v != null) {
                plain.append(q.type() == QuestionType.CHOICE ? Integer.toString(q.options().indexOf(v), 36)
                        : q.type() == QuestionType.DATE ? v.replace("-", "") : v);
            }
        }
        try {
            byte[] nonce = new byte[NONCE_BYTES];
            RANDOM.nextBytes(nonce);
            Cipher c = Cipher.getInstance("AES/GCM/NoPadding");
            c.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, nonce));
            c.updateAAD(CONTEXT);
            byte[] sealed = c.doFinal(plain.toString().getBytes(StandardCharsets.UTF_8));
            byte[] out = new byte[NONCE_BYTES + sealed.length];
            System.arraycopy(nonce, 0, out, 0, NONCE_BYTES);
            System.arraycopy(sealed, 0, out, NONCE_BYTES, sealed.length);
            return Base64.getUrlEncoder().withoutPadding().encodeToString(out);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is part of every JRE", e);
        }
    }

    /** Empty for any token this server did not make (forged, altered, another key, another version). */
    public Optional<Sealed> open(String token) {
        try {
            byte[] in = Base64.getUrlDecoder().decode(token);
            if (in.length <= NONCE_BYTES + TAG_BITS / 8 || in.length > 2048) {
                return Optional.empty();
            }
            Cipher c = Cipher.getInstance("AES/GCM/NoPadding");
            c.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, in, 0, NONCE_BYTES));
            c.updateAAD(CONTEXT);
            String plain = new String(c.doFinal(in, NONCE_BYTES, in.length - NONCE_BYTES), StandardCharsets.UTF_8);
            String[] parts = plain.split("\\|", -1);
            if (!VERSION.equals(parts[0]) || parts.length != fields.size() + 2) {
                return Optional.empty();
            }
            LocalDate asOf = LocalDate.parse(parts[1].substring(0, 4) + "-" + parts[1].substring(4, 6) + "-" + parts[1].substring(6));
            Map<String, String> answers = new LinkedHashMap<>();
            for (int i = 0; i < fields.size(); i++) {
                String v = parts[i + 2];
                if (v.isEmpty()) {
                    continue;
                }
                Question q = fields.get(i);
                answers.put(q.field(), switch (q.type()) {
                    case CHOICE -> q.options().get(Integer.parseInt(v, 36));
                    case DATE -> v.length() == 8 ? v.substring(0, 4) + "-" + v.substring(4, 6) + "-" + v.substring(6)
                            : v.substring(0, 4) + "-" + v.substring(4);
                    default -> v;
                });
            }
            return Optional.of(new Sealed(answers, asOf));
        } catch (GeneralSecurityException | RuntimeException e) {
            return Optional.empty();
        }
    }
}
