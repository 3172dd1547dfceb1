package fr.ameguide.browser;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.zip.GZIPInputStream;

/**
 * Asks the test server again for a page the browser was shown (the same GET, or the same form post:
 * the site keeps no state, so the answer is the same page), to see its exact HTML and the bytes sent.
 */
final class Http {
    private static final HttpClient CLIENT = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(10)).build();

    /**
     * @param transferred the body's bytes as sent, compressed when the server compressed it
     * @param text        the body as text, decompressed
     */
    record Response(int status, String contentType, String contentEncoding, int transferred, String text) {
    }

    private Http() {
    }

    static Response fetch(String method, String url, String formBody) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30))
                .header("Accept-Encoding", "gzip")
                .header("Accept", "text/html,text/css,*/*");
        if ("POST".equals(method)) {
            request.header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(formBody == null ? "" : formBody));
        } else {
            request.GET();
        }
        try {
            HttpResponse<byte[]> r = CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
            String encoding = r.headers().firstValue("Content-Encoding").orElse("identity");
            byte[] body = r.body();
            byte[] plain = encoding.equalsIgnoreCase("gzip")
                    ? new GZIPInputStream(new ByteArrayInputStream(body)).readAllBytes() : body;
            return new Response(r.statusCode(), r.headers().firstValue("Content-Type").orElse(""), encoding,
                    body.length, new String(plain, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(method + " " + url, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
