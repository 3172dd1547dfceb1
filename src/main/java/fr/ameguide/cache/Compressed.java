package fr.ameguide.cache;

import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpVersion;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Locale;
import java.util.zip.Deflater;
import java.util.zip.GZIPOutputStream;

/**
 * One representation kept in memory: its bytes, the same bytes compressed with gzip at level 9, and a
 * strong validator for each (they are different representations, so their tags differ).
 */
public final class Compressed {
    private final byte[] identity;
    private final byte[] gzip;
    private final String hash;
    private final String identityTag;
    private final String gzipTag;
    private final String contentType;

    public Compressed(byte[] identity, String contentType) {
        this.identity = identity;
        this.gzip = gzip(identity);
        this.contentType = contentType;
        byte[] digest = sha256(identity);
        this.hash = HexFormat.of().formatHex(digest, 0, 6);
        String tag = Base64.getUrlEncoder().withoutPadding().encodeToString(digest).substring(0, 22);
        this.identityTag = '"' + tag + '"';
        this.gzipTag = '"' + tag + "-gz\"";
    }

    /** 12 hexadecimal digits of the content's SHA-256: what a fingerprinted address carries. */
    public String hash() {
        return hash;
    }

    public byte[] identity() {
        return identity;
    }

    public byte[] gzipped() {
        return gzip;
    }

    /**
     * The answer to a GET or HEAD: 304 when the request's If-None-Match names this content, otherwise the
     * bytes, gzipped when the client accepts gzip. The encoding is set on the Vert.x response itself, where
     * Quarkus's compression leaves it alone over HTTP/1.1. Over HTTP/2 Netty reads that header as an order
     * to compress, so there the plain bytes go out and the framework compresses them (with a weak tag, as
     * nginx does for gzip on the fly); HTTP/2 reaches the site only when nothing terminates TLS before it.
     */
    public Response respond(HttpHeaders request, HttpServerRequest raw, String cacheControl) {
        boolean http2 = raw.version() == HttpVersion.HTTP_2;
        boolean gz = !http2 && acceptsGzip(request.getHeaderString(HttpHeaders.ACCEPT_ENCODING));
        String tag = gz ? gzipTag : http2 ? "W/" + identityTag : identityTag;
        // Set, not added: it replaces what a path filter (quarkus.http.filter.*) may have put there.
        raw.response().headers().set(HttpHeaders.CACHE_CONTROL, cacheControl);
        if (matches(request.getHeaderString(HttpHeaders.IF_NONE_MATCH))) {
            return Response.notModified().header(HttpHeaders.ETAG, tag)
                    .header(HttpHeaders.VARY, HttpHeaders.ACCEPT_ENCODING).build();
        }
        Response.ResponseBuilder r = Response.ok(gz ? gzip : identity).type(contentType)
                .header(HttpHeaders.ETAG, tag).header(HttpHeaders.VARY, HttpHeaders.ACCEPT_ENCODING);
        if (gz) {
            raw.response().headers().set(HttpHeaders.CONTENT_ENCODING, "gzip");
            r.header(HttpHeaders.CONTENT_LENGTH, gzip.length);
        }
        return r.build();
    }

    /** If-None-Match compares weakly: either representation's tag, with or without W/, or "*". */
    boolean matches(String ifNoneMatch) {
        if (ifNoneMatch == null || ifNoneMatch.length() > 2000) {
            return false;
        }
        for (String t : ifNoneMatch.split(",")) {
            String tag = t.strip();
            if (tag.startsWith("W/")) {
                tag = tag.substring(2);
            }
            if (tag.equals("*") || tag.equals(identityTag) || tag.equals(gzipTag)) {
                return true;
            }
        }
        return false;
    }

    /** gzip, x-gzip or * listed without q=0. */
    public static boolean acceptsGzip(String acceptEncoding) {
        if (acceptEncoding == null || acceptEncoding.length() > 2000) {
            return false;
        }
        boolean star = false;
        for (String part : acceptEncoding.toLowerCase(Locale.ROOT).split(",")) {
            String[] p = part.split(";");
            String coding = p[0].strip();
            boolean refused = false;
            for (int i = 1; i < p.length; i++) {
                String param = p[i].strip();
                if (param.startsWith("q=")) {
                    try {
                        refused = Double.parseDouble(param.substring(2).strip()) <= 0;
                    } catch (NumberFormatException e) {
                        refused = true;
                    }
                }
            }
            if (coding.equals("gzip") || coding.equals("x-gzip")) {
                return !refused;
            }
            if (coding.equals("*")) {
                star = !refused;
            }
        }
        return star;
    }

    static byte[] gzip(byte[] data) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(data.length / 3 + 64);
        try (GZIPOutputStream gz = new GZIPOutputStream(out) {
            {
                def.setLevel(Deflater.BEST_COMPRESSION);
            }
        }) {
            gz.write(data);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static byte[] sha256(byte[] data) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(data);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
