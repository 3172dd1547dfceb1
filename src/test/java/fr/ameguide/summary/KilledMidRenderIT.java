package fr.ameguide.summary;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 14, finding 3, on the packaged site with Debian's Chromium: the site is killed (SIGKILL, as the
 * kernel's OOM killer or `kill -9` would) while PDFs are being printed. Nothing in its temporary folder holds
 * a summary, its browsers do not outlive it, and the folders it leaves are deleted when the site starts again.
 * Skipped where Chromium is not installed (CI installs it).
 */
class KilledMidRenderIT {
    private static final Path JAR = Path.of("target/quarkus-app/quarkus-run.jar");
    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Pattern LISTENING = Pattern.compile("Listening on: http://127\\.0\\.0\\.1:(\\d+)");
    /** The summary's own words (fr summary.title) and the person's arrival date, as a summary file would hold them. */
    private static final String MARKER = "Résumé pour la CPAM";

    private final List<Process> started = new ArrayList<>();

    @AfterEach
    void stopEverything() {
        for (Process p : started) {
            p.descendants().forEach(ProcessHandle::destroyForcibly);
            p.destroyForcibly();
        }
    }

    private record Site(Process process, String base, Path log) {
    }

    private Site start(Path tmp) throws Exception {
        Path log = Files.createTempFile("killed-mid-render", ".log");
        ProcessBuilder pb = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx128m", "-Djava.io.tmpdir=" + tmp, "-Dquarkus.http.host=127.0.0.1", "-Dquarkus.http.port=0",
                "-Dameguide.pdf.chromium=" + CHROMIUM, "-jar", JAR.toString())
                .redirectErrorStream(true).redirectOutput(log.toFile());
        pb.environment().put("AMEGUIDE_PUBLIC_URL", "https://ame-guide.example.org");
        pb.environment().put("AMEGUIDE_LINK_KEY", "q83vEjRWeJCrze8SNFZ4kKvN7xI0VniQq83vEjRWeJA=");
        Process p = pb.start();
        started.add(p);
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (System.nanoTime() < deadline) {
            Matcher m = LISTENING.matcher(Files.readString(log));
            if (m.find()) {
                return new Site(p, "http://127.0.0.1:" + m.group(1), log);
            }
            assertTrue(p.isAlive(), "the site stopped:\n" + Files.readString(log));
            Thread.sleep(100);
        }
        throw new AssertionError("the site did not start within 60 s:\n" + Files.readString(log));
    }

    private static HttpResponse<byte[]> pdf(HttpClient client, Site site) throws Exception {
        String form = SummaryTest.answers().entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return client.send(HttpRequest.newBuilder(URI.create(site.base() + "/fr/summary/pdf"))
                .header("Content-Type", "application/x-www-form-urlencoded; charset=UTF-8").timeout(Duration.ofSeconds(60))
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    @Test
    void aSiteKilledWhilePrintingLeavesNoSummaryAndItsFoldersGoAtTheNextStart() throws Exception {
        Assumptions.assumeTrue(Files.isExecutable(CHROMIUM), "Debian's chromium is not installed here");
        assertTrue(Files.exists(JAR), "package first: " + JAR);
        Path tmp = Files.createTempDirectory("ame-killed-");
        try {
            Site first = start(tmp);
            HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
            HttpResponse<byte[]> warm = pdf(client, first);
            assertEquals("application/pdf", warm.headers().firstValue("Content-Type").orElse(""), "the engine prints");
            List<CompletableFuture<HttpResponse<byte[]>>> inFlight = new ArrayList<>();
            for (int i = 0; i < 6; i++) {
                inFlight.add(CompletableFuture.supplyAsync(() -> {
                    try {
                        return pdf(client, first);
                    } catch (Exception e) {
                        return null; // the site is killed under it
                    }
                }));
            }
            Thread.sleep(120);
            List<ProcessHandle> browsers = first.process().descendants().toList();
            assertFalse(browsers.isEmpty(), "a browser is printing");
            first.process().destroyForcibly(); // SIGKILL: no shutdown hook, no clean-up runs
            assertTrue(first.process().waitFor(10, TimeUnit.SECONDS));
            inFlight.forEach(CompletableFuture::join);

            List<Path> left = profiles(tmp);
            assertFalse(left.isEmpty(), "a killed site cannot clean up: its browser folder is still there");
            assertNoSummaryIn(tmp);
            // Chromium quits when the pipe to its dead parent closes.
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
            while (browsers.stream().anyMatch(ProcessHandle::isAlive) && System.nanoTime() < deadline) {
                Thread.sleep(100);
            }
            assertFalse(browsers.stream().anyMatch(ProcessHandle::isAlive), "no browser outlives the site");

            Site second = start(tmp);
            for (Path p : left) {
                assertFalse(Files.exists(p), "deleted when the site starts again: " + p);
            }
            assertTrue(profiles(tmp).isEmpty(), "nothing made before any PDF: " + profiles(tmp));
            second.process().destroy();
            assertTrue(second.process().waitFor(20, TimeUnit.SECONDS));
        } finally {
            SummaryPdf.delete(tmp);
        }
    }

    private static List<Path> profiles(Path tmp) throws IOException {
        try (Stream<Path> s = Files.list(tmp)) {
            return s.filter(p -> p.getFileName().toString().startsWith(SummaryPdf.PROFILE_PREFIX)).toList();
        }
    }

    /** No HTML or PDF file, and no file holding the summary's words (UTF-8 or UTF-16), anywhere below the folder. */
    private static void assertNoSummaryIn(Path dir) throws IOException {
        byte[] utf8 = MARKER.getBytes(StandardCharsets.UTF_8);
        byte[] utf16 = MARKER.getBytes(StandardCharsets.UTF_16LE);
        int files = 0;
        try (Stream<Path> all = Files.walk(dir)) {
            for (Path f : all.filter(Files::isRegularFile).toList()) {
                files++;
                String name = f.getFileName().toString().toLowerCase();
                assertFalse(name.endsWith(".html") || name.endsWith(".pdf"), f.toString());
                byte[] bytes;
                try (InputStream in = Files.newInputStream(f)) {
                    bytes = in.readNBytes(50 * 1024 * 1024);
                } catch (IOException e) {
                    continue;
                }
                assertFalse(indexOf(bytes, utf8) || indexOf(bytes, utf16), f + " holds a summary");
            }
        }
        assertTrue(files > 0, "the browser's folder had files to look at");
    }

    private static boolean indexOf(byte[] hay, byte[] needle) {
        outer:
        for (int i = 0; i + needle.length <= hay.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (hay[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }
}
