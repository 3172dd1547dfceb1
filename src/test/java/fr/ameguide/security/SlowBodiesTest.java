package fr.ameguide.security;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 14, finding 2: a body sent one byte every 2 s held its connection for as long as the client
 * liked. A body that never finishes is now cut after the deadline (ameguide.body-deadline, 10 s).
 */
@QuarkusTest
class SlowBodiesTest {

    @TestHTTPResource("/")
    URL site;

    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void aBodyThatNeverEndsIsCutAfterTheDeadline() throws Exception {
        try (Socket s = new Socket(site.getHost(), site.getPort())) {
            s.setSoTimeout(30_000);
            OutputStream out = s.getOutputStream();
            out.write(("POST /fr/check HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/x-www-form-urlencoded\r\n"
                    + "Content-Length: 5000\r\n\r\np").getBytes(StandardCharsets.US_ASCII));
            long start = System.nanoTime();
            InputStream in = s.getInputStream();
            boolean closed = false;
            // Keep trickling; the server closes the connection once the deadline (10 s) has passed.
            while (!closed && System.nanoTime() - start < TimeUnit.SECONDS.toNanos(40)) {
                try {
                    out.write('p');
                    out.flush();
                    s.setSoTimeout(1000);
                    closed = in.read() == -1;
                } catch (java.net.SocketTimeoutException stillOpen) {
                    // no answer yet
                } catch (IOException reset) {
                    closed = true;
                }
            }
            assertTrue(closed, "the connection was still open after 40 s of a body that never ends");
        }
    }
}
