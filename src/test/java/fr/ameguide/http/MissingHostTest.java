package fr.ameguide.http;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 14: an HTTP/1.1 request without a Host header is a 400, logged at DEBUG only (Quarkus' handler
 * logged each at ERROR), while a real failure is still logged at ERROR. Reads target/test-app.log.
 */
@QuarkusTest
class MissingHostTest {
    private static final Path LOG = Path.of("target/test-app.log");

    private static String raw(String request) throws IOException {
        try (Socket s = new Socket("localhost", RestAssured.port)) {
            s.setSoTimeout(10_000);
            OutputStream out = s.getOutputStream();
            out.write(request.getBytes(StandardCharsets.US_ASCII));
            out.flush();
            InputStream in = s.getInputStream();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static long size() throws IOException {
        return Files.exists(LOG) ? Files.size(LOG) : 0;
    }

    /** The log entries written since an offset, waiting a little for the asynchronous file handler. */
    private static List<String> entriesSince(long offset, String expected) throws Exception {
        String added = "";
        for (int i = 0; i < 50; i++) {
            byte[] all = Files.readAllBytes(LOG);
            added = new String(all, (int) Math.min(offset, all.length), (int) Math.max(0, all.length - offset), StandardCharsets.UTF_8);
            if (added.contains(expected)) {
                break;
            }
            Thread.sleep(100);
        }
        return List.of(added.split("\\n(?=\\d{4}-\\d{2}-\\d{2} )"));
    }

    @Test
    void aRequestWithoutHostIsA400LoggedAtDebugOnly() throws Exception {
        long before = size();
        String response = raw("GET /fr/ HTTP/1.1\r\nConnection: close\r\n\r\n");
        assertTrue(response.startsWith("HTTP/1.1 400"), response);
        assertFalse(response.contains("Error id") || response.contains("stack"), response);
        String post = raw("POST /fr/summary HTTP/1.1\r\nContent-Type: application/x-www-form-urlencoded\r\nContent-Length: 17\r\n"
                + "Connection: close\r\n\r\npresence=visiting");
        assertTrue(post.startsWith("HTTP/1.1 400"), post);
        List<String> entries = entriesSince(before, "request without a valid Host");
        assertTrue(entries.stream().anyMatch(e -> e.contains(" DEBUG [") && e.contains("request without a valid Host")),
                "our handler saw it:\n" + String.join("\n", entries));
        for (String e : entries) {
            assertFalse(e.contains(" ERROR [") || e.contains(" WARN ["), "logged:\n" + e);
            assertFalse(e.contains("presence=visiting"), "no answer in the log");
        }
    }

    @Test
    void http10WithoutHostIsStillServedAndAGoodRequestUntouched() throws Exception {
        assertTrue(raw("GET /fr/ HTTP/1.0\r\n\r\n").startsWith("HTTP/1.0 200"));
        assertEquals(200, given().get("/fr/").statusCode());
    }

    @Test
    void aRealFailureIsStillLoggedAtError() throws Exception {
        long before = size();
        assertEquals(500, given().get(PlantedFailure.PATH).statusCode());
        List<String> entries = entriesSince(before, "planted failure");
        assertTrue(entries.stream().anyMatch(e -> e.contains(" ERROR [") && e.contains("planted failure for MissingHostTest")),
                "a real failure stays an ERROR:\n" + String.join("\n", entries));
    }
}
