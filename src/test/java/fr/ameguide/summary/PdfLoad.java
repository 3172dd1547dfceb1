package fr.ameguide.summary;

import fr.ameguide.content.RepositoryContent;
import io.restassured.RestAssured;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Many PDFs asked for at once while a person opens the start page: every PDF request is answered (a PDF,
 * or at once the printable page with its note) and the start page is answered while they are in flight.
 */
public final class PdfLoad {
    /** @param slowestHomeMillis the longest the start page took while PDFs were being made */
    public record Outcome(int pdfs, int printablePages, int homePagesWhileBusy, long slowestHomeMillis) {
    }

    private PdfLoad() {
    }

    public static String form() {
        return SummaryTest.answers().entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }

    public static HttpResponse<byte[]> pdf(HttpClient client, String lang) throws Exception {
        return client.send(HttpRequest.newBuilder(URI.create(base() + "/" + lang + "/summary/pdf"))
                .header("Content-Type", "application/x-www-form-urlencoded; charset=UTF-8")
                .timeout(Duration.ofSeconds(120))
                .POST(HttpRequest.BodyPublishers.ofString(form())).build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    static String base() {
        return "http://localhost:" + RestAssured.port;
    }

    /** A PDF, or the printable summary saying that the PDF is not available now. */
    public static boolean isPdf(HttpResponse<byte[]> r, String lang) {
        assertEquals(200, r.statusCode());
        String type = r.headers().firstValue("Content-Type").orElse("");
        if (type.equals("application/pdf")) {
            assertTrue(new String(r.body(), 0, 5, StandardCharsets.ISO_8859_1).equals("%PDF-"), "a PDF file");
            return true;
        }
        assertTrue(type.startsWith("text/html"), type);
        String note = RepositoryContent.load().translations().of(lang).get("summary.pdf_unavailable").pattern();
        String html = new String(r.body(), StandardCharsets.UTF_8);
        assertTrue(html.contains("class=\"note\"") && html.contains(note.substring(0, 12)), "the printable page says why");
        assertEquals("no-store", r.headers().firstValue("Cache-Control").orElse(""));
        return false;
    }

    public static Outcome thirtyAtOnce(String lang) throws Exception {
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(10)).build();
        ExecutorService pool = Executors.newFixedThreadPool(30);
        try {
            CountDownLatch go = new CountDownLatch(1);
            List<CompletableFuture<HttpResponse<byte[]>>> pdfs = new ArrayList<>();
            for (int i = 0; i < 30; i++) {
                pdfs.add(CompletableFuture.supplyAsync(() -> {
                    try {
                        go.await();
                        return pdf(client, lang);
                    } catch (Exception e) {
                        throw new IllegalStateException(e);
                    }
                }, pool));
            }
            go.countDown();
            CompletableFuture<Void> all = CompletableFuture.allOf(pdfs.toArray(CompletableFuture[]::new));
            int homeWhileBusy = 0;
            long slowest = 0;
            HttpRequest home = HttpRequest.newBuilder(URI.create(base() + "/" + lang + "/")).timeout(Duration.ofSeconds(30)).build();
            do {
                long t0 = System.nanoTime();
                HttpResponse<String> r = client.send(home, HttpResponse.BodyHandlers.ofString());
                long took = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - t0);
                assertEquals(200, r.statusCode(), "the start page answers while PDFs are made");
                if (!all.isDone()) {
                    homeWhileBusy++;
                    slowest = Math.max(slowest, took);
                }
            } while (!all.isDone() && homeWhileBusy < 1000);
            all.get(5, TimeUnit.MINUTES);
            int pdfCount = 0;
            int pages = 0;
            for (var f : pdfs) {
                if (isPdf(f.get(), lang)) {
                    pdfCount++;
                } else {
                    pages++;
                }
            }
            return new Outcome(pdfCount, pages, homeWhileBusy, slowest);
        } finally {
            pool.shutdownNow();
        }
    }
}
