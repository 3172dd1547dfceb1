package fr.ameguide.api;

import java.io.IOException;
import java.io.InputStream;

/**
 * Our bodies are a few hundred bytes: the API reads at most 16 KiB of one, so that a larger body is
 * told so in the requested language, long before the server's own cut (413 at 1 MiB).
 */
final class BoundedBody {
    static final int MAX_BYTES = 16 * 1024;

    private BoundedBody() {
    }

    /** At most one byte more than allowed, which is enough to tell a body that is too large. */
    static byte[] read(InputStream body) throws IOException {
        return body == null ? new byte[0] : body.readNBytes(MAX_BYTES + 1);
    }

    static boolean tooLarge(byte[] bytes) {
        return bytes.length > MAX_BYTES;
    }
}
