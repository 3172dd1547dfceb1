package fr.ameguide.summary;

import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;

/**
 * Seals a result link's plain text with AES-GCM under the server's key, and opens it again: the link then
 * reveals nothing readable, and a token altered, forged or made under another key does not open at all.
 * The context (the token's version) is authenticated too, so that a token opens only as the version it
 * was made for.
 */
final class LinkCipher {
    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final int MAX_TOKEN = 1000;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final SecretKeySpec key;

    LinkCipher(byte[] key) {
        if (key.length != 32) {
            throw new IllegalArgumentException("the link key must be 32 bytes");
        }
        this.key = new SecretKeySpec(key, "AES");
    }

    /** A fresh nonce each time, so that the same answers never give the same token. */
    String seal(String plain, byte[] context) {
        try {
            byte[] nonce = new byte[NONCE_BYTES];
            RANDOM.nextBytes(nonce);
            Cipher c = Cipher.getInstance("AES/GCM/NoPadding");
            c.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, nonce));
            c.updateAAD(context);
            byte[] sealed = c.doFinal(plain.getBytes(StandardCharsets.UTF_8));
            byte[] out = new byte[NONCE_BYTES + sealed.length];
            System.arraycopy(nonce, 0, out, 0, NONCE_BYTES);
            System.arraycopy(sealed, 0, out, NONCE_BYTES, sealed.length);
            return Base64.getUrlEncoder().withoutPadding().encodeToString(out);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is part of every JRE", e);
        }
    }

    /** The plain text, or empty for anything this server did not seal under this context. Never throws. */
    Optional<String> open(String token, byte[] context) {
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
}
