package fr.ameguide.web;

import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MultivaluedHashMap;
import jakarta.ws.rs.core.MultivaluedMap;

import java.io.IOException;
import java.io.InputStream;
import java.net.URLDecoder;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * A form post's body, read here rather than by the REST layer (issue 14, fuzzing): the framework's
 * reader answered 500 and logged an error for a pair without a name ("=", "&=&"), an unknown charset
 * ("charset=klingon") and, once the JIT drops stack traces, a broken %-escape. Every one of those is
 * the sender's error: a {@link BadRequestException}, which {@link ErrorPages} turns into a 400 page in
 * the reader's language. Our forms are a few hundred bytes of UTF-8; far larger ones are refused.
 */
public final class FormBody {
    /** A whole questionnaire with every answer is under 2 KB. */
    static final int MAX_BYTES = 64 * 1024;
    static final int MAX_FIELDS = 500;

    private FormBody() {
    }

    /** The fields in their order, values decoded; nothing is logged. */
    public static MultivaluedMap<String, String> read(InputStream body, String contentType) {
        try {
            // One byte over the bound is enough to refuse it.
            return read(body == null ? null : body.readNBytes(MAX_BYTES + 1), contentType);
        } catch (IOException e) {
            throw new BadRequestException("unreadable form body");
        }
    }

    /** The same, from a body the REST layer has already read whole (so that the resource need not block). */
    public static MultivaluedMap<String, String> read(byte[] body, String contentType) {
        Charset charset = charset(contentType);
        byte[] bytes = body == null ? new byte[0] : body;
        if (bytes.length > MAX_BYTES) {
            throw new WebApplicationException("form body too large", 413);
        }
        return parse(new String(bytes, charset), charset);
    }

    /** One value per field, blank values dropped, each cut to a sane length. */
    public static Map<String, String> single(MultivaluedMap<String, String> form) {
        Map<String, String> out = new HashMap<>();
        if (form != null) {
            form.forEach((k, v) -> {
                if (v != null && !v.isEmpty() && v.get(0) != null && !v.get(0).isBlank()) {
                    out.put(k, v.get(0).length() > 200 ? v.get(0).substring(0, 200) : v.get(0));
                }
            });
        }
        return out;
    }

    static MultivaluedMap<String, String> parse(String text, Charset charset) {
        MultivaluedMap<String, String> form = new MultivaluedHashMap<>();
        if (text.isEmpty()) {
            return form;
        }
        int fields = 0;
        for (String pair : text.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            if (++fields > MAX_FIELDS) {
                throw new BadRequestException("too many form fields");
            }
            int eq = pair.indexOf('=');
            String name = decode(eq < 0 ? pair : pair.substring(0, eq), charset);
            String value = eq < 0 ? "" : decode(pair.substring(eq + 1), charset);
            if (!name.isEmpty()) {
                form.add(name, value);
            }
        }
        return form;
    }

    private static String decode(String s, Charset charset) {
        try {
            return URLDecoder.decode(s, charset);
        } catch (IllegalArgumentException malformedEscape) {
            throw new BadRequestException("malformed form encoding");
        }
    }

    /** UTF-8 unless the Content-Type names another charset this JVM knows. */
    static Charset charset(String contentType) {
        if (contentType == null) {
            return StandardCharsets.UTF_8;
        }
        for (String param : contentType.split(";")) {
            String[] kv = param.split("=", 2);
            if (kv.length == 2 && kv[0].strip().toLowerCase(Locale.ROOT).equals("charset")) {
                String name = kv[1].strip();
                if (name.length() >= 2 && name.startsWith("\"") && name.endsWith("\"")) {
                    name = name.substring(1, name.length() - 1);
                }
                try {
                    return Charset.forName(name);
                } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
                    throw new BadRequestException("unknown form charset");
                }
            }
        }
        return StandardCharsets.UTF_8;
    }
}
