package fr.ameguide.questionnaire;

import fr.ameguide.summary.QrDecoding;
import io.restassured.RestAssured;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;
import static fr.ameguide.testing.Sentences.en;

/**
 * Issue 14, "a deployment that scales out": two packaged sites (target/quarkus-app, as the Dockerfile runs
 * them) with the same link key, behind a local nginx that sends each request to the other one in turn.
 * The questionnaire is walked with every post going to the other instance, and a result link sealed by one
 * opens on the other: nothing a person answers lives in a server between two requests. nginx is installed
 * by .ci/run; on a machine without it this test is skipped.
 */
class TwoInstancesIT {
    private static final Path JAR = Path.of("target/quarkus-app/quarkus-run.jar");
    private static final Path NGINX = Path.of("/usr/sbin/nginx");
    private static final String KEY = "q83vEjRWeJCrze8SNFZ4kKvN7xI0VniQq83vEjRWeJA=";
    private static final String PUBLIC_URL = "https://ame-guide.example.org";
    /** nginx names, in this header, the instance that answered; the sites never see it. */
    private static final String INSTANCE = "X-Test-Instance";

    private static final List<Process> processes = new ArrayList<>();
    private static Path dir;
    private static int balancer;

    @BeforeAll
    static void startTwoSitesAndABalancer() throws Exception {
        assumeTrue(Files.isExecutable(NGINX), "no nginx at " + NGINX + " (.ci/run installs it)");
        assertTrue(Files.exists(JAR), "package first: " + JAR);
        dir = Files.createTempDirectory("two-instances");
        int a = freePort();
        int b = freePort();
        balancer = freePort();
        site(a);
        site(b);
        Files.writeString(dir.resolve("nginx.conf"), """
                worker_processes 1;
                daemon off;
                pid %1$s/nginx.pid;
                error_log %1$s/error.log warn;
                events { worker_connections 64; }
                http {
                  # Privacy: no access log, as in docs/deploy.md.
                  access_log off;
                  client_body_temp_path %1$s/body;
                  proxy_temp_path %1$s/proxy;
                  fastcgi_temp_path %1$s/fastcgi;
                  uwsgi_temp_path %1$s/uwsgi;
                  scgi_temp_path %1$s/scgi;
                  upstream sites { server 127.0.0.1:%2$d; server 127.0.0.1:%3$d; }
                  server {
                    listen 127.0.0.1:%4$d;
                    location / {
                      proxy_pass http://sites;
                      proxy_set_header Host $host;
                      proxy_next_upstream off;
                      proxy_max_temp_file_size 0;
                      add_header %5$s $upstream_addr always;
                    }
                  }
                }
                """.formatted(dir, a, b, balancer, INSTANCE));
        processes.add(new ProcessBuilder(NGINX.toString(), "-p", dir.toString(), "-c", dir.resolve("nginx.conf").toString())
                .redirectErrorStream(true).redirectOutput(dir.resolve("nginx.out").toFile()).start());
        waitFor(a);
        waitFor(b);
        waitFor(balancer);
        RestAssured.baseURI = "http://127.0.0.1";
        RestAssured.port = balancer;
    }

    @AfterAll
    static void stopAll() throws IOException {
        for (Process p : processes) {
            p.destroy();
        }
        for (Process p : processes) {
            try {
                if (!p.waitFor(10, TimeUnit.SECONDS)) {
                    p.destroyForcibly();
                }
            } catch (InterruptedException e) {
                p.destroyForcibly();
            }
        }
        RestAssured.reset();
        if (dir != null) {
            try (Stream<Path> files = Files.walk(dir)) {
                files.sorted(Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
            }
        }
    }

    @Test
    @Timeout(value = 120, unit = TimeUnit.SECONDS)
    void everyAnswerGoesToTheOtherInstanceAndTheSealedLinkOpensOnEither() throws Exception {
        List<String> answeredBy = new ArrayList<>();
        FormWalker w = new FormWalker().open("/en/check");
        answeredBy.add(w.last.header(INSTANCE));
        var answers = QuestionnaireFlowTest.adult("100", "2024-01-15");
        for (int i = 0; i < 30 && w.page.selectFirst("main form input[name=_question]") != null; i++) {
            String question = w.page.selectFirst("main form input[name=_question]").attr("value").replace('-', '_');
            assertTrue(answers.containsKey(question), "not expected to be asked: " + question);
            w.answer(answers.get(question));
            assertEquals(200, w.status(), () -> w.page.select(".error-message").text());
            answeredBy.add(w.last.header(INSTANCE));
        }
        assertEquals(en("check.title"), w.h1());
        w.press(w.page.selectFirst("main form button.button"));
        answeredBy.add(w.last.header(INSTANCE));
        assertTrue(w.page.title().startsWith(en("result.title")), w.page.title());
        String outcome = QuestionnaireFlowTest.outcome(w);
        assertTrue(answeredBy.size() > 10, answeredBy.toString());
        for (int i = 1; i < answeredBy.size(); i++) {
            assertNotEquals(answeredBy.get(i - 1), answeredBy.get(i), "each request went to the other instance: " + answeredBy);
        }

        // The printable summary, made by one instance; its QR code's address, opened on both.
        w.press(w.page.selectFirst("form.keep button.button"));
        assertEquals(200, w.status());
        String sealedBy = w.last.header(INSTANCE);
        URI link = URI.create(QrDecoding.fromSvg(w.page.selectFirst(".qr svg").outerHtml()));
        assertEquals(URI.create(PUBLIC_URL).getHost(), link.getHost(), "the QR code's address is the public one");
        List<String> openedBy = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            var reopened = given().get(link.getRawPath());
            assertEquals(200, reopened.statusCode(), link.getRawPath());
            Document page = Jsoup.parse(reopened.asString());
            assertEquals(outcome, page.select(".outcome").text(), "the same result on " + reopened.header(INSTANCE));
            openedBy.add(reopened.header(INSTANCE));
        }
        assertTrue(openedBy.stream().anyMatch(i -> !i.equals(sealedBy)), "opened on the instance that did not seal it: "
                + sealedBy + " " + openedBy);
        assertNotEquals(openedBy.get(0), openedBy.get(1));
    }

    private static void site(int port) throws IOException {
        List<String> command = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx128m",
                "-Dquarkus.http.host=127.0.0.1", "-Dquarkus.http.port=" + port, "-Dameguide.pdf.chromium=/nonexistent/chromium",
                "-jar", JAR.toString());
        ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(dir.resolve("site-" + port + ".log").toFile());
        pb.environment().keySet().removeIf(k -> k.startsWith("AMEGUIDE_") || k.startsWith("QUARKUS_"));
        pb.environment().put("AMEGUIDE_PUBLIC_URL", PUBLIC_URL);
        pb.environment().put("AMEGUIDE_LINK_KEY", KEY);
        processes.add(pb.start());
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            return s.getLocalPort();
        }
    }

    private static void waitFor(int port) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (System.nanoTime() < deadline) {
            try (Socket s = new Socket()) {
                s.connect(new InetSocketAddress("127.0.0.1", port), 500);
                return;
            } catch (IOException notYet) {
                Thread.sleep(200);
            }
        }
        StringBuilder logs = new StringBuilder();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path f : files.filter(f -> f.toString().endsWith(".log") || f.toString().endsWith(".out")).toList()) {
                logs.append(f.getFileName()).append(":\n").append(Files.readString(f, StandardCharsets.UTF_8)).append('\n');
            }
        }
        throw new AssertionError("nothing listens on " + port + " after 60 s\n" + logs);
    }
}
