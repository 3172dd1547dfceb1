package fr.ameguide.security;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * Issue 14: a bounded, deterministic fuzz of everything a stranger can send. From a fixed seed, every
 * input is made from the questionnaire's own fields and options (content/questionnaire.yaml), the JSON
 * API's contract, the site's addresses and the negotiation headers, then mutated (wrong options, odd
 * numbers and dates, unicode, broken %-escapes, duplicates, wrong types, deep nesting, huge sizes).
 * Input number i is always made from the same random stream, so a failure names a number that can be
 * replayed alone ({@code -Dfuzz.only=i}).
 *
 * <p>It holds when: no answer is 5xx, every request is answered within {@value #REQUEST_TIMEOUT_MS} ms,
 * no body carries a Java stack trace or an injected tag, the whole run stays in its time bound, and the
 * application's log gains no WARN, ERROR or stack trace. Requests go over a few keep-alive raw HTTP/1.1
 * connections, so that malformed request lines and escapes reach the server as sent.
 *
 * <p>{@code -Dfuzz.inputs=N} (default 20,000), {@code -Dfuzz.seed=S} (default 14), {@code -Dfuzz.threads=T}
 * (default 4). A longer run: {@code ./mvnw verify -Dtest=FuzzTest -Dfuzz.inputs=500000 -Dsurefire.failIfNoSpecifiedTests=false}.
 */
@QuarkusTest
class FuzzTest {
    static final int REQUEST_TIMEOUT_MS = 10_000;
    private static final Path LOG = Path.of("target/test-app.log");
    /** A Java class name ending in Exception or Error (java.lang.IllegalStateException), a frame, a cause. */
    static final Pattern STACK_TRACE = Pattern.compile(
            "\\b[a-z]+(\\.[a-z0-9]+)+\\.[A-Z]\\w*(Exception|Error)\\b|\\tat |Caused by:");
    /** Markers planted by the generator: any of them in a body, unescaped, is reflected markup. */
    static final Pattern REFLECTED = Pattern.compile("<script>fz|<img src=x|<svg/onload|<fz-tag", Pattern.CASE_INSENSITIVE);

    @TestHTTPResource("/")
    URL site;

    @Test
    void strangersInputNeverBreaksTheSite() throws Exception {
        int inputs = Integer.getInteger("fuzz.inputs", 20_000);
        long seed = Long.getLong("fuzz.seed", 14L);
        int threads = Integer.getInteger("fuzz.threads", 4);
        Integer only = Integer.getInteger("fuzz.only");
        // A generous bound for a slow 2-core CI machine; the default run takes well under a minute.
        long boundMs = Long.getLong("fuzz.bound.ms", Math.max(60_000L, inputs * 10L));
        Inputs gen = new Inputs(Path.of("content"));
        long logBefore = Files.exists(LOG) ? Files.size(LOG) : 0;
        Object logFile = Files.exists(LOG) ? Files.readAttributes(LOG, java.nio.file.attribute.BasicFileAttributes.class).fileKey() : null;

        Map<String, LongAdder> counts = new ConcurrentHashMap<>();
        ConcurrentLinkedQueue<String> failures = new ConcurrentLinkedQueue<>();
        AtomicInteger failureCount = new AtomicInteger();
        AtomicLong slowest = new AtomicLong();
        LongAdder results = new LongAdder();
        AtomicInteger next = new AtomicInteger(only == null ? 0 : only);
        int end = only == null ? inputs : only + 1;
        long start = System.nanoTime();
        long deadline = start + TimeUnit.MILLISECONDS.toNanos(boundMs);
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        List<Future<?>> running = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            running.add(pool.submit(() -> {
                try (RawHttp http = new RawHttp(site.getHost(), site.getPort(), REQUEST_TIMEOUT_MS)) {
                    for (int i = next.getAndIncrement(); i < end && System.nanoTime() < deadline; i = next.getAndIncrement()) {
                        Inputs.Request req = gen.make(seed, i);
                        String problem;
                        long t0 = System.nanoTime();
                        RawHttp.Answer a = null;
                        try {
                            a = http.send(req.bytes());
                            problem = check(a);
                        } catch (IOException e) {
                            problem = "no answer: " + e;
                        }
                        long ms = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - t0);
                        slowest.accumulateAndGet(ms, Math::max);
                        if (a != null && a.status() == 200 && a.text().contains("<p class=\"outcome\">")) {
                            results.increment();
                        }
                        counts.computeIfAbsent(req.kind() + " " + (a == null ? "---" : a.status()), k -> new LongAdder()).increment();
                        if (problem == null && ms > REQUEST_TIMEOUT_MS) {
                            problem = "took " + ms + " ms";
                        }
                        if (problem != null && failureCount.incrementAndGet() <= 15) {
                            failures.add("input " + i + " (" + req.kind() + "): " + problem + "\n  sent: " + req.shown()
                                    + (a == null ? "" : "\n  got: " + a.status() + " " + a.text().substring(0, Math.min(300, a.text().length()))));
                        }
                    }
                }
                return null;
            }));
        }
        for (Future<?> f : running) {
            f.get(boundMs + 60_000, TimeUnit.MILLISECONDS);
        }
        pool.shutdownNow();
        long tookMs = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);

        Map<String, Long> byStatus = new TreeMap<>();
        counts.forEach((k, v) -> byStatus.put(k, v.sum()));
        long sent = byStatus.values().stream().mapToLong(Long::longValue).sum();
        System.out.printf("fuzz: %d inputs from seed %d on %d connections in %d ms (%.0f/s), slowest %d ms%n",
                sent, seed, threads, tookMs, sent * 1000.0 / Math.max(1, tookMs), slowest.get());
        System.out.println("fuzz: by kind and status " + byStatus + "; result pages " + results.sum());

        if (!failures.isEmpty()) {
            fail(failureCount.get() + " of " + sent + " inputs failed; the first ones:\n" + String.join("\n", failures));
        }
        assertEquals(end - (only == null ? 0 : only), sent, "every input was sent within the bound of " + boundMs + " ms");
        assertNoWarningSince(logFile, logBefore);
        if (only == null && inputs >= 5_000) {
            // The generator must reach deep: valid walks, result pages and API assessments, not only refusals.
            for (String kind : List.of("form", "api", "url", "headers")) {
                assertTrue(byStatus.getOrDefault(kind + " 200", 0L) > sent / 100, kind + " reached few pages: " + byStatus);
                assertTrue(byStatus.getOrDefault(kind + " 400", 0L) + byStatus.getOrDefault(kind + " 404", 0L) > sent / 200,
                        kind + " met few refusals: " + byStatus);
            }
            assertTrue(results.sum() > sent / 100, "few result pages reached: " + results.sum());
        }
    }

    /** Null when the answer is fine, else what is wrong with it. */
    static String check(RawHttp.Answer a) {
        if (a.status() >= 500) {
            return "status " + a.status();
        }
        if (a.status() < 100) {
            return "no status line";
        }
        String body = a.text();
        var trace = STACK_TRACE.matcher(body);
        if (trace.find()) {
            return "stack trace in body: " + trace.group();
        }
        var reflected = REFLECTED.matcher(body);
        if (reflected.find()) {
            return "reflected markup in body: " + reflected.group();
        }
        return null;
    }

    /**
     * No log entry at WARN or above, and no stack trace at any level, since that offset of that file. A long
     * run can fill the log past its rotation size: the file then is test-app.log.1, read from the offset.
     */
    static void assertNoWarningSince(Object fileKey, long offset) throws IOException {
        Object now = Files.readAttributes(LOG, java.nio.file.attribute.BasicFileAttributes.class).fileKey();
        String added;
        if (fileKey == null || fileKey.equals(now)) {
            added = since(LOG, offset);
        } else {
            StringBuilder all = new StringBuilder();
            for (int i = 9; i >= 1; i--) {
                Path rotated = Path.of(LOG + "." + i);
                if (Files.exists(rotated) && fileKey.equals(Files.readAttributes(rotated, java.nio.file.attribute.BasicFileAttributes.class).fileKey())) {
                    all.append(since(rotated, offset));
                    offset = -1; // the files after it are new: read them whole
                } else if (offset < 0 && Files.exists(rotated)) {
                    all.append(since(rotated, 0));
                }
            }
            assertTrue(offset < 0, "the log was rotated away during the run: raise quarkus.log.file.rotation.max-backup-index");
            added = all.append(since(LOG, 0)).toString();
        }
        checkLog(added);
    }

    private static String since(Path file, long offset) throws IOException {
        byte[] all = Files.readAllBytes(file);
        return new String(all, (int) Math.min(offset, all.length), (int) Math.max(0, all.length - offset), StandardCharsets.UTF_8);
    }

    private static void checkLog(String added) {
        List<String> bad = new ArrayList<>();
        for (String entry : added.split("\\n(?=\\d{4}-\\d{2}-\\d{2} )")) {
            if (entry.contains(" WARN [") || entry.contains(" ERROR [") || entry.contains("\tat ") || entry.contains("Caused by:")) {
                bad.add(entry.lines().limit(4).reduce("", (x, y) -> x + y + "\n"));
            }
        }
        assertTrue(bad.isEmpty(), bad.size() + " log entries with a warning or a stack trace, the first:\n"
                + String.join("\n", bad.subList(0, Math.min(5, bad.size()))));
    }

    /** The generator: input i is made from its own random stream, whatever thread sends it. */
    static final class Inputs {
        record Q(String id, String slug, String field, String type, List<String> options, int min, int max) {
        }

        record Request(String kind, byte[] bytes, String shown) {
        }

        final List<Q> questions = new ArrayList<>();
        final List<String> languages = new ArrayList<>();
        final List<String> guidePages = new ArrayList<>();

        static final String[] ODD_NUMBERS = {"-1", "-0", "0", "121", "21", "999999", "9999999999999999999999", "1e9", "1E-5",
                "0x1F", "١٢", "３０", "1,5", "1.5", "NaN", "Infinity", "-Infinity", "+5", " 30 ", "30abc", " ", "\u00a0", "12 345",
                "9.999.999,99", "1e-1000000", "1e1000000", "٫", "--1", "0.001", "10339.123", "1.234.567.890", "00000000000001",
                "9 500 €", "9500,50", "EUR 12", "½", "Ⅻ", "𝟙𝟚", "٣٠٠٠", "۴۵", "१२३", "১২", "๑๒", "1_000", "1'000", "−5", "1e", "e1", ".",
                ",", "€", "0,001", "100000001", "99999999999.99"};
        static final String[] UNICODE = {"é", "\u202e", "\u0000", "\ud83d\ude00", "𝟘", "ا", "\ufeff", "e\u0301", "\u200b", "\ud800",
                "\udfff", "ﷺ", "𒀀", "\u0085", "\u2028", "\t", "\r\n", "a\u0000b", "\uffff", "\ufffd", "ǅ", "İ", "ß", "ﬀ",
                "<script>fz()</script>", "\"><img src=x onerror=fz()>", "'><svg/onload=fz()>", "<fz-tag>", "{fz}", "{#if true}x{/if}",
                "${fz}", "%s%n%x", "' OR '1'='1", "../../../etc/passwd", "\\u0000", "&amp;", "&#x3c;script&#x3e;", "javascript:fz()"};
        static final String[] RAW_ESCAPES = {"%", "%z", "%zz", "%e0%a4", "%ff", "%00", "%C0%AF", "%ED%A0%80", "+", "%2B", "%25",
                "%%", "%u0041", "%0d%0a", "%E2%80%AE", "&", "=", "==", "&&=&", ";", "%F4%90%80%80", "%F0%9F%98"};
        static final String[] BAD_LANGS = {"xx", "FR", "Fr", "fr-FR", "fr_FR", "", "..", "%2e%2e", "%00", "é", "ar%2F", "prs-AF",
                "zh-Hans", "iw", "q", "api", "assets", "check", "en%20", "%66%72", "fr%3B", "fr;x=1", "\u0661", "arab", "qaa",
                "x".repeat(300), "en.", "EN", "ΕΛ", "%C0%AE%C0%AE"};
        static final String[] SHOWS = {"result", "check-answers", "presence", "ame", "card-end-date", "nothing", "", "RESULT",
                "result ", "check_answers", "../result", "%00"};
        static final String[] TOKENS = {"gzip", "br", "deflate", "identity", "*", "compress", "zstd", "x-gzip", "fr", "fr-FR", "en-GB",
                "prs-AF", "zh-Hans-CN", "ar", "ps", "ti", "x-klingon", "i-default", "tlh", "en-US-x-twain", "text/html",
                "application/json", "*/*", "text/*", "application/xhtml+xml", "image/webp", "application/pdf", "text/calendar",
                "utf-8", "iso-8859-1", "*/html", "/", "text/", "a/b/c", "fr-", "-", "q=1", "=", ";", "\"", "é", "文",
                "xxxxxxxxxxxxxxxxxxxxx"};
        static final String[] PARAMS = {";q=0.5", ";q=", ";q=x", ";q=1.0001", ";q=-1", ";q=0", ";q=1", ";level=1", ";charset=utf-8",
                ";;", ";q=0.9;q=0.1", "; q = 0.3", ";q=1e-2", ";q=.5", ";=", ";charset=", ";charset=\"utf-8\"", ";q=0.000001"};
        static final String[] CONTENT_TYPES = {"application/x-www-form-urlencoded", "application/x-www-form-urlencoded; charset=UTF-8",
                "application/x-www-form-urlencoded; charset=ISO-8859-1", "application/x-www-form-urlencoded; charset=klingon",
                "application/x-www-form-urlencoded; charset=utf-16", "application/x-www-form-urlencoded; charset=\"",
                "application/x-www-form-urlencoded;;", "application/x-www-form-urlencoded; charset=", "APPLICATION/X-WWW-FORM-URLENCODED",
                "application/json", "application/json; charset=utf-8", "application/json; charset=UTF-32", "application/json; charset=nope",
                "text/plain", "text/html", "multipart/form-data", "multipart/form-data; boundary=xyz", "multipart/form-data; boundary=",
                "*/*", "application/", "/", ";", "", "application/xml", "application/octet-stream", "application/json;;q=x",
                "application/merge-patch+json", "application/x-www-form-urlencoded, application/json", "文/字"};
        static final String[] METHODS = {"GET", "GET", "GET", "GET", "POST", "POST", "PUT", "DELETE", "OPTIONS", "PATCH", "TRACE",
                "FOO", "get", "CONNECT", "PROPFIND"};

        Inputs(Path content) throws IOException {
            ObjectMapper yaml = new ObjectMapper(new YAMLFactory());
            for (JsonNode q : yaml.readTree(content.resolve("questionnaire.yaml").toFile()).get("questions")) {
                List<String> options = new ArrayList<>();
                if (q.has("options")) {
                    q.get("options").forEach(o -> options.add(o.asText()));
                }
                String id = q.get("id").asText();
                questions.add(new Q(id, id.replace('_', '-'), q.get("field").asText(), q.get("type").asText(), options,
                        q.path("min").asInt(0), q.path("max").asInt(0)));
            }
            for (JsonNode l : yaml.readTree(content.resolve("languages.yaml").toFile()).get("languages")) {
                if (l.path("offered").asBoolean(false)) {
                    languages.add(l.get("code").asText());
                }
            }
            for (JsonNode p : yaml.readTree(content.resolve("pages.yaml").toFile()).get("pages")) {
                guidePages.add(p.get("slug").asText());
            }
            if (questions.size() < 10 || languages.size() < 10 || guidePages.size() < 5) {
                throw new IllegalStateException("content not read: " + questions.size() + " " + languages.size() + " " + guidePages.size());
            }
        }

        Request make(long seed, int i) {
            SplittableRandom r = new SplittableRandom(seed * 0x9E3779B97F4A7C15L + i);
            int kind = r.nextInt(100);
            Builder b = new Builder();
            String name;
            if (kind < 38) {
                name = "form";
                form(r, b);
            } else if (kind < 63) {
                name = "api";
                api(r, b);
            } else if (kind < 81) {
                name = "url";
                url(r, b);
            } else {
                name = "headers";
                headers(r, b);
            }
            if (!name.equals("headers") && r.nextInt(5) == 0) {
                negotiation(r, b);
            }
            return new Request(name, b.bytes(), b.shown());
        }

        // ---- the questionnaire form ----

        private void form(SplittableRandom r, Builder b) {
            String lang = lang(r);
            int target = r.nextInt(20);
            String path = "/" + lang + (target < 16 ? "/check" : target == 16 ? "/summary" : target == 17 ? "/summary/pdf"
                    : target == 18 ? "/summary/calendar" : "/check/");
            List<String[]> fields = new ArrayList<>();
            // The answers so far, as hidden fields: valid values for a random prefix or all of the questions.
            boolean all = r.nextInt(3) == 0;
            for (Q q : questions) {
                if (all || r.nextInt(4) != 0) {
                    fields.add(new String[] {q.field(), validStored(r, q)});
                }
            }
            Q asked = questions.get(r.nextInt(questions.size()));
            if (r.nextInt(8) != 0) {
                fields.add(new String[] {"_question", r.nextInt(20) == 0 ? pick(r, SHOWS) : asked.slug()});
            }
            fields.removeIf(f -> f[0].equals(asked.field()));
            fields.addAll(typed(r, asked));
            boolean result = r.nextInt(5) == 0;
            if (result) {
                fields.add(new String[] {"_show", "result"});
            } else if (r.nextInt(6) == 0) {
                fields.add(new String[] {"_show", pick(r, SHOWS)});
            }
            if (r.nextInt(6) == 0) {
                fields.add(new String[] {"_return", r.nextBoolean() ? "check" : pick(r, UNICODE)});
            }
            int mutations = r.nextInt(4);
            for (int m = 0; m < mutations; m++) {
                mutateForm(r, fields);
            }
            String body = encodeForm(r, fields);
            b.request("POST", path);
            b.header("Content-Type", r.nextInt(10) < 8 ? "application/x-www-form-urlencoded; charset=UTF-8" : pick(r, CONTENT_TYPES));
            b.body(r.nextInt(60) == 0 ? latin1(body) : body.getBytes(StandardCharsets.UTF_8));
        }

        /** A value as the site keeps it in a hidden field. */
        private String validStored(SplittableRandom r, Q q) {
            return switch (q.type()) {
                case "choice" -> q.options().get(r.nextInt(q.options().size()));
                case "number" -> Integer.toString(q.min() + r.nextInt(q.max() - q.min() + 1));
                case "amount" -> r.nextBoolean() ? Integer.toString(r.nextInt(20_000)) : r.nextInt(20_000) + "." + r.nextInt(100);
                default -> {
                    int year = 2000 + r.nextInt(27);
                    int month = 1 + r.nextInt(12);
                    yield r.nextInt(4) == 0 ? String.format("%04d-%02d", year, month)
                            : String.format("%04d-%02d-%02d", year, month, 1 + r.nextInt(28));
                }
            };
        }

        /** What the question's own inputs send, often odd. */
        private List<String[]> typed(SplittableRandom r, Q q) {
            List<String[]> out = new ArrayList<>();
            boolean odd = r.nextInt(3) == 0;
            switch (q.type()) {
                case "choice" -> out.add(new String[] {q.field(), odd ? oddChoice(r, q) : q.options().get(r.nextInt(q.options().size()))});
                case "number", "amount" -> out.add(new String[] {q.field(), odd ? oddValue(r) : validStored(r, q)});
                default -> {
                    String[] dmy = odd ? oddDate(r) : new String[] {Integer.toString(1 + r.nextInt(28)),
                            Integer.toString(1 + r.nextInt(12)), Integer.toString(2000 + r.nextInt(27))};
                    String[] suffix = {"-day", "-month", "-year"};
                    for (int k = 0; k < 3; k++) {
                        if (dmy[k] != null) {
                            out.add(new String[] {q.field() + suffix[k], dmy[k]});
                        }
                    }
                }
            }
            return out;
        }

        private String oddChoice(SplittableRandom r, Q q) {
            String o = q.options().get(r.nextInt(q.options().size()));
            return switch (r.nextInt(7)) {
                case 0 -> o.toUpperCase();
                case 1 -> " " + o;
                case 2 -> o + pick(r, UNICODE);
                case 3 -> { // another question's option
                    List<String> other = questions.get(r.nextInt(questions.size())).options();
                    yield other.isEmpty() ? "yes" : other.get(r.nextInt(other.size()));
                }
                case 4 -> Integer.toString(r.nextInt(10) - 2);
                case 5 -> pick(r, UNICODE);
                default -> o.repeat(1 + r.nextInt(50));
            };
        }

        private String oddValue(SplittableRandom r) {
            return switch (r.nextInt(5)) {
                case 0 -> pick(r, UNICODE);
                case 1 -> Long.toString(r.nextLong());
                case 2 -> "9".repeat(1 + r.nextInt(400));
                default -> pick(r, ODD_NUMBERS);
            };
        }

        private String[] oddDate(SplittableRandom r) {
            String[][] cases = {{"31", "2", "2025"}, {"0", "0", "0"}, {"29", "2", "2023"}, {"29", "2", "2024"}, {"99", "13", "20250"},
                    {null, "1", "2025"}, {"1", null, "2025"}, {"1", "1", null}, {"", "", ""}, {"1", "1", "1899"}, {"1", "1", "2201"},
                    {"1", "1", "2199"}, {"1", "12", "2099"}, {"１", "１", "２０２５"}, {"-1", "-1", "-2025"}, {"٣", "٤", "٢٠٢٤"},
                    {"1.5", "1e1", "2e3"}, {"31", "4", "2025"}, {"01", "01", "0001"}, {"1", "1", "999999999"},
                    {"2025", "01", "10"}, {null, null, null}, {"x", "y", "z"}, {"1", "1", "10000"}, {"00", "00", "2025"}};
            String[] c = cases[r.nextInt(cases.length)].clone();
            if (r.nextInt(6) == 0) {
                c[r.nextInt(3)] = oddValue(r);
            }
            return c;
        }

        private void mutateForm(SplittableRandom r, List<String[]> fields) {
            if (fields.isEmpty()) {
                fields.add(new String[] {"presence", "lives_in_france"});
            }
            String[] f = fields.get(r.nextInt(fields.size()));
            switch (r.nextInt(12)) {
                case 0 -> f[1] = oddValue(r);
                case 1 -> f[1] = pick(r, UNICODE);
                case 2 -> fields.add(new String[] {f[0], r.nextBoolean() ? oddValue(r) : f[1]}); // a duplicate
                case 3 -> fields.remove(f);
                case 4 -> fields.removeIf(x -> x[0].equals("_question"));
                case 5 -> fields.add(new String[] {pick(r, UNICODE) + r.nextInt(100), pick(r, UNICODE)});
                case 6 -> f[0] = f[0] + pick(r, new String[] {"[]", "[0]", ".x", " ", "-day", "-year", "\u0000", ""});
                // Longer than the server takes (1 MiB) at most once: a value grown twice would fill the heap.
                case 7 -> f[1] = f[1].repeat(Math.max(1, Math.min(r.nextInt(4) == 0 ? 20_000 : 1 + r.nextInt(300),
                        1_200_000 / Math.max(1, f[1].length()))));
                case 8 -> {
                    int n = r.nextInt(4) == 0 ? 5_000 : 1 + r.nextInt(200);
                    for (int k = 0; k < n; k++) {
                        fields.add(new String[] {"f" + k, "v"});
                    }
                }
                case 9 -> f[1] = "";
                case 10 -> f[0] = "";
                default -> {
                    Q q = questions.get(r.nextInt(questions.size()));
                    fields.add(new String[] {q.field(), validStored(r, questions.get(r.nextInt(questions.size())))});
                }
            }
        }

        private String encodeForm(SplittableRandom r, List<String[]> fields) {
            StringBuilder s = new StringBuilder();
            boolean raw = r.nextInt(8) == 0;
            for (String[] f : fields) {
                if (s.length() > 0) {
                    s.append('&');
                }
                s.append(URLEncoder.encode(f[0], StandardCharsets.UTF_8));
                if (!(f[1].isEmpty() && r.nextInt(3) == 0)) {
                    s.append('=').append(raw && r.nextInt(4) == 0 ? f[1] + pick(r, RAW_ESCAPES)
                            : URLEncoder.encode(f[1], StandardCharsets.UTF_8));
                }
            }
            if (r.nextInt(30) == 0) {
                s.insert(r.nextInt(s.length() + 1), pick(r, RAW_ESCAPES));
            }
            return s.toString();
        }

        // ---- the JSON API ----

        private void api(SplittableRandom r, Builder b) {
            Map<String, String> json = new java.util.LinkedHashMap<>(); // field -> raw JSON text
            json.put("asOf", r.nextInt(4) == 0 ? null : q(date(r)));
            json.put("presence", q(r.nextInt(8) == 0 ? "visiting" : "lives_in_france"));
            json.put("territory", q(pick(r, new String[] {"metropole", "metropole", "overseas", "mayotte"})));
            json.put("status", q(pick(r, new String[] {"no_permit", "no_permit", "eu_no_right_of_residence", "permit_pending",
                    "asylum_seeker", "valid_permit", "french"})));
            json.put("age", Integer.toString(r.nextInt(121)));
            json.put("arrivalDate", q(date(r)));
            if (r.nextInt(3) == 0) {
                json.put("regularStayEndDate", q(date(r)));
            }
            json.put("joiningAmeHolder", bool(r));
            json.put("partner", bool(r));
            json.put("children", Integer.toString(r.nextInt(5)));
            json.put("householdResources", r.nextInt(20_000) + (r.nextBoolean() ? "" : "." + r.nextInt(100)));
            json.put("hostedFree", bool(r));
            json.put("housing", q(pick(r, new String[] {"own_home", "hosted", "shelter", "hotel", "no_fixed_address"})));
            json.put("identityDocument", q(pick(r, new String[] {"passport", "id_card", "other", "none"})));
            json.put("urgentCare", bool(r));
            String ame = pick(r, new String[] {"never", "never", "active", "expired", "refused", "pending", "appealed"});
            json.put("ame", q(ame));
            if (!ame.equals("never") || r.nextInt(5) == 0) {
                json.put("ameDate", q(date(r)));
            }
            if (r.nextBoolean()) {
                json.put("minorChildren", Integer.toString(r.nextInt(4)));
                json.put("partnerRegularStatus", bool(r));
                json.put("partnerResources", Integer.toString(r.nextInt(5_000)));
                json.put("alimonyPaid", Integer.toString(r.nextInt(2_000)));
                json.put("visaExempt", bool(r));
            }
            json.values().removeIf(java.util.Objects::isNull);
            int mutations = r.nextInt(4);
            List<String> keys = new ArrayList<>(json.keySet());
            for (int m = 0; m < mutations; m++) {
                String key = keys.get(r.nextInt(keys.size()));
                switch (r.nextInt(10)) {
                    case 0 -> json.put(key, jsonValue(r, 0));
                    case 1 -> json.put(key, q(oddValue(r)));
                    case 2 -> json.put(key, pick(r, new String[] {"1e400", "-1e-400", "12345678901234567890", "-5", "0.001", "1.7976931348623157E309",
                            "-0", "1E+2147483648", "0x10", "NaN", "Infinity", "01", "1.", ".5", "9".repeat(2000), "-" + "9".repeat(30),
                            "2147483648", "-2147483649", "100000000.01", "1e-7", "3.0", "120.0", "20.5"}));
                    case 3 -> json.put(key, q(pick(r, new String[] {"2025-02-30", "+999999-01-01", "2025-1-1", "0000-01-01", "9999-12-31",
                            "1900-01-01", "2025-13-01", "2025-06", "20250601", "2025-06-01T00:00:00Z", "", "today", "2025-06-01 ",
                            "２０２５-０６-０１", "-2025-06-01", "2200-01-01", "1899-12-31", "2025-00-10"})));
                    case 4 -> json.put(key, q(json.getOrDefault(key, "x").replace("\"", "").toUpperCase()));
                    case 5 -> json.remove(key);
                    case 6 -> json.put(pick(r, UNICODE) + r.nextInt(10), jsonValue(r, 0)); // unknown field
                    case 7 -> json.put(key, "[".repeat(1 + r.nextInt(3000)) + "]".repeat(r.nextInt(3) == 0 ? 0 : 1 + r.nextInt(3000)));
                    case 8 -> json.put(key, q("x".repeat(r.nextInt(3) == 0 ? 20_000 : 1 + r.nextInt(500))));
                    default -> json.put(key, "null");
                }
            }
            StringBuilder s = new StringBuilder("{");
            json.forEach((k, v) -> s.append(s.length() > 1 ? "," : "").append(q(k)).append(':').append(v));
            if (r.nextInt(10) == 0) {
                s.append(",").append(q(keys.get(r.nextInt(keys.size())))).append(':').append(jsonValue(r, 0)); // a duplicate key
            }
            s.append('}');
            String text = s.toString();
            switch (r.nextInt(30)) {
                case 0 -> text = text.substring(0, r.nextInt(text.length()));
                case 1 -> text = text + pick(r, new String[] {"}", "x", ",", "{}", " ", "\u0000"});
                case 2 -> text = pick(r, new String[] {"", "null", "[]", "[{}]", "\"x\"", "1", "true", "{", "}", "{\"a\":", "\uFEFF{}",
                        "{\"presence\":\"\\ud800\"}", "{\"age\":\"\\u0000\"}", "{'age':1}", "{age:1}", "/* */{}", "{\"asOf\":{\"$gt\":\"\"}}"});
                case 3 -> text = "\uFEFF" + text;
                case 4 -> text = "{\"x\":" + "{\"x\":".repeat(r.nextInt(3000)) + "1" + "}".repeat(r.nextInt(3000)) + "}";
                default -> { }
            }
            String lang = switch (r.nextInt(8)) {
                case 0 -> "";
                case 1 -> "?lang=" + enc(pick(r, BAD_LANGS));
                case 2 -> "?lang=" + lang(r) + "&lang=" + lang(r);
                case 3 -> "?lang";
                case 4 -> "?lang=" + pick(r, RAW_ESCAPES);
                default -> "?lang=" + languages.get(r.nextInt(languages.size()));
            };
            b.request(r.nextInt(40) == 0 ? pick(r, METHODS) : "POST", "/api/v1/assessment" + lang);
            if (r.nextInt(10) != 0) {
                b.header("Content-Type", r.nextInt(10) < 8 ? "application/json" : pick(r, CONTENT_TYPES));
            }
            if (r.nextInt(10) == 0) {
                b.header("Origin", r.nextBoolean() ? "https://partner.example" : pick(r, UNICODE));
            }
            byte[] bytes = switch (r.nextInt(40)) {
                case 0 -> latin1(text);
                case 1 -> text.getBytes(StandardCharsets.UTF_16);
                case 2 -> new byte[] {(byte) 0xC3, (byte) 0x28, '{', (byte) 0xFF, '}'};
                default -> text.getBytes(StandardCharsets.UTF_8);
            };
            b.body(bytes);
        }

        private String jsonValue(SplittableRandom r, int depth) {
            return switch (r.nextInt(depth > 2 ? 6 : 8)) {
                case 0 -> "null";
                case 1 -> bool(r);
                case 2 -> Long.toString(r.nextLong());
                case 3 -> Double.toString(r.nextDouble() * 1e6);
                case 4 -> q(pick(r, UNICODE));
                case 5 -> q(Integer.toString(r.nextInt(100)));
                case 6 -> "[" + jsonValue(r, depth + 1) + "," + jsonValue(r, depth + 1) + "]";
                default -> "{\"a\":" + jsonValue(r, depth + 1) + "}";
            };
        }

        private static String q(String s) {
            StringBuilder out = new StringBuilder("\"");
            for (char c : s.toCharArray()) {
                if (c == '"' || c == '\\') {
                    out.append('\\').append(c);
                } else if (c < 0x20) {
                    out.append(String.format("\\u%04x", (int) c));
                } else {
                    out.append(c);
                }
            }
            return out.append('"').toString();
        }

        private static String bool(SplittableRandom r) {
            return r.nextBoolean() ? "true" : "false";
        }

        private static String date(SplittableRandom r) {
            return String.format("%04d-%02d-%02d", 2015 + r.nextInt(12), 1 + r.nextInt(12), 1 + r.nextInt(28));
        }

        // ---- addresses ----

        private void url(SplittableRandom r, Builder b) {
            String lang = r.nextInt(4) == 0 ? pick(r, BAD_LANGS) : lang(r);
            String rest = switch (r.nextInt(16)) {
                case 0 -> "/";
                case 1 -> "";
                case 2 -> "/check";
                case 3 -> "/check/" + (r.nextBoolean() ? questions.get(r.nextInt(questions.size())).slug() : pick(r, SHOWS));
                case 4 -> "/guide";
                case 5 -> "/guide/" + guidePages.get(r.nextInt(guidePages.size()));
                case 6 -> "/guide/" + pick(r, UNICODE);
                case 7 -> "/summary/" + token(r);
                case 8 -> "/guide/" + guidePages.get(r.nextInt(guidePages.size())) + pick(r, new String[] {"/", "//", "/.", "%2F", ";x", "?x=1", "#f", "%00", "/..", ".html"});
                case 9 -> "/" + pick(r, RAW_ESCAPES) + pick(r, UNICODE);
                case 10 -> "/check" + pick(r, new String[] {"?_show=result", "?presence=visiting", "/%2e%2e/guide", "/../guide", "?" + "a=b&".repeat(500)});
                case 11 -> "/guide/" + "x".repeat(r.nextInt(4) == 0 ? 9_000 : 1 + r.nextInt(2_000));
                default -> "/" + guidePages.get(r.nextInt(guidePages.size()));
            };
            String path = switch (r.nextInt(14)) {
                case 0 -> "/";
                case 1 -> "/assets/" + pick(r, new String[] {"000000000000", "abcdef012345", "x", "../../application.properties",
                        "%2e%2e/%2e%2e"}) + "/" + pick(r, new String[] {"style.css", "listen.js", "x.css", "STYLE.CSS", "style.css%00", "..%2fstyle.css"});
                case 2 -> "/assets/" + pick(r, new String[] {"style.css", "listen.js", "../style.css", "nope.png", "style.css?x=1"});
                case 3 -> pick(r, new String[] {"/q/health", "/q/health/live", "/q/health/ready", "/q/openapi", "/q/openapi?format=json",
                        "/q/swagger-ui", "/q/dev", "/q/metrics", "/api", "/api/v1", "/api/v1/assessment", "/api/v1/help", "/api/v2/assessment",
                        "/favicon.ico", "/robots.txt", "/.env", "/WEB-INF/web.xml", "/META-INF/MANIFEST.MF", "//fr//", "/fr/../en/",
                        "/%2F%2F", "*", "http://evil.example/fr/", "/fr/%u0063heck"});
                default -> "/" + lang + rest;
            };
            String method = r.nextInt(6) == 0 ? pick(r, METHODS) : "GET";
            b.request(method, path);
            if (r.nextInt(8) == 0) {
                b.header("If-None-Match", pick(r, new String[] {"*", "\"x\"", "W/\"1\"", "\"", "", ",,", "\"" + "a".repeat(500) + "\""}));
            }
            if (r.nextInt(12) == 0) {
                b.header("X-Forwarded-Proto", pick(r, new String[] {"https", "http", "gopher", ""}));
            }
            if (method.equals("POST") || method.equals("PUT") || method.equals("PATCH")) {
                b.header("Content-Type", pick(r, CONTENT_TYPES));
                b.body(pick(r, new String[] {"", "a=b", "{}", "presence=visiting&_question=presence"}).getBytes(StandardCharsets.UTF_8));
            }
        }

        private static String token(SplittableRandom r) {
            byte[] raw = new byte[r.nextInt(4) == 0 ? r.nextInt(2_000) : 40 + r.nextInt(60)];
            r.nextBytes(raw);
            String t = java.util.Base64.getUrlEncoder().withoutPadding().encodeToString(raw);
            return switch (r.nextInt(6)) {
                case 0 -> t + "=";
                case 1 -> t.replace('-', '+');
                case 2 -> t.substring(0, Math.max(0, t.length() - 3)) + "%00";
                case 3 -> pick(r, RAW_ESCAPES);
                default -> t;
            };
        }

        // ---- headers ----

        private void headers(SplittableRandom r, Builder b) {
            switch (r.nextInt(5)) {
                case 0 -> form(r, b);
                case 1 -> api(r, b);
                case 2 -> b.request("GET", "/");
                default -> b.request("GET", "/" + lang(r) + pick(r, new String[] {"/", "/check", "/guide", "/guide/"
                        + guidePages.get(r.nextInt(guidePages.size()))}));
            }
            negotiation(r, b);
            if (r.nextInt(4) == 0) {
                negotiation(r, b); // a header sent twice
            }
        }

        private void negotiation(SplittableRandom r, Builder b) {
            String header = pick(r, new String[] {"Accept-Language", "Accept-Language", "Accept-Encoding", "Accept-Encoding", "Accept",
                    "Accept", "Accept-Charset", "Content-Type"});
            if (header.equals("Content-Type")) {
                b.header(header, pick(r, CONTENT_TYPES));
                return;
            }
            StringBuilder v = new StringBuilder();
            int items = r.nextInt(6);
            for (int k = 0; k < items; k++) {
                if (k > 0) {
                    v.append(pick(r, new String[] {",", ", ", ",,", " ,", " "}));
                }
                v.append(r.nextInt(10) == 0 ? pick(r, UNICODE) : pick(r, TOKENS));
                if (r.nextInt(3) == 0) {
                    v.append(pick(r, PARAMS));
                }
            }
            String value = switch (r.nextInt(12)) {
                case 0 -> v.toString().repeat(r.nextInt(3) == 0 ? 1_500 : 1 + r.nextInt(80));
                case 1 -> v + pick(r, new String[] {",", ";", ";q=", ",,", " ", "\t"});
                default -> v.toString();
            };
            b.header(header, value.replace("\r", "").replace("\n", ""));
        }

        private String lang(SplittableRandom r) {
            return r.nextInt(12) == 0 ? pick(r, BAD_LANGS) : languages.get(r.nextInt(languages.size()));
        }

        private static String pick(SplittableRandom r, String[] from) {
            return from[r.nextInt(from.length)];
        }

        private static String enc(String s) {
            return URLEncoder.encode(s, StandardCharsets.UTF_8);
        }

        private static byte[] latin1(String s) {
            return s.getBytes(StandardCharsets.ISO_8859_1);
        }
    }

    /** One HTTP/1.1 request as bytes: request line and headers as given (UTF-8), then a Content-Length body. */
    static final class Builder {
        private String requestLine;
        private final List<String> headers = new ArrayList<>();
        private byte[] body;

        void request(String method, String target) {
            requestLine = method + " " + (target.isEmpty() ? "/" : target) + " HTTP/1.1";
        }

        void header(String name, String value) {
            headers.add(name + ": " + value.replace("\r", "").replace("\n", ""));
        }

        void body(byte[] bytes) {
            body = bytes;
        }

        byte[] bytes() {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            StringBuilder head = new StringBuilder(requestLine).append("\r\nHost: localhost\r\n");
            headers.forEach(h -> head.append(h).append("\r\n"));
            if (body != null) {
                head.append("Content-Length: ").append(body.length).append("\r\n");
            }
            head.append("\r\n");
            out.writeBytes(head.toString().getBytes(StandardCharsets.UTF_8));
            if (body != null) {
                out.writeBytes(body);
            }
            return out.toByteArray();
        }

        String shown() {
            String b = body == null ? "" : new String(body, 0, Math.min(body.length, 400), StandardCharsets.UTF_8);
            String h = String.join(" | ", headers);
            return (requestLine.length() > 300 ? requestLine.substring(0, 300) + "…" : requestLine) + " [" + (h.length() > 300 ? h.substring(0, 300) + "…" : h)
                    + "] " + b + (body != null && body.length > 400 ? "… (" + body.length + " bytes)" : "");
        }
    }

    /** A keep-alive HTTP/1.1 client over one socket at a time: reconnects when the server closes. */
    static final class RawHttp implements AutoCloseable {
        record Answer(int status, Map<String, String> headers, byte[] body) {
            String text() {
                return new String(body, StandardCharsets.UTF_8);
            }
        }

        private final String host;
        private final int port;
        private final int timeoutMs;
        private java.net.Socket socket;
        private InputStream in;

        RawHttp(String host, int port, int timeoutMs) {
            this.host = host;
            this.port = port;
            this.timeoutMs = timeoutMs;
        }

        Answer send(byte[] request) throws IOException {
            boolean reused = socket != null;
            try {
                return exchange(request);
            } catch (IOException e) {
                close();
                if (!reused || e instanceof java.net.SocketTimeoutException) {
                    throw e;
                }
                return exchange(request); // the server had closed the kept-alive connection: once more, on a new one
            }
        }

        private Answer exchange(byte[] request) throws IOException {
            if (socket == null) {
                socket = new java.net.Socket();
                socket.connect(new java.net.InetSocketAddress(host, port), timeoutMs);
                socket.setSoTimeout(timeoutMs);
                socket.setTcpNoDelay(true);
                in = new java.io.BufferedInputStream(socket.getInputStream(), 65536);
            }
            try {
                socket.getOutputStream().write(request);
                socket.getOutputStream().flush();
            } catch (IOException e) {
                // The server may answer (413, 431) and close before reading a large request: read what it said.
            }
            String statusLine = line();
            if (statusLine == null) {
                throw new java.io.EOFException("connection closed before an answer");
            }
            String[] parts = statusLine.split(" ", 3);
            int status = Integer.parseInt(parts[1]);
            Map<String, String> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
            for (String h = line(); h != null && !h.isEmpty(); h = line()) {
                int colon = h.indexOf(':');
                if (colon > 0) {
                    headers.merge(h.substring(0, colon).trim(), h.substring(colon + 1).trim(), (x, y) -> x + "," + y);
                }
            }
            byte[] body;
            boolean noBody = status < 200 || status == 204 || status == 304 || request[0] == 'H';
            if (noBody) {
                body = new byte[0];
            } else if ("chunked".equalsIgnoreCase(headers.get("Transfer-Encoding"))) {
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                for (int size = Integer.parseInt(line().split(";")[0].trim(), 16); size > 0;
                        size = Integer.parseInt(line().split(";")[0].trim(), 16)) {
                    out.writeBytes(in.readNBytes(size));
                    line();
                }
                for (String trailer = line(); trailer != null && !trailer.isEmpty(); trailer = line()) {
                    // trailers
                }
                body = out.toByteArray();
            } else if (headers.containsKey("Content-Length")) {
                int length = Integer.parseInt(headers.get("Content-Length"));
                body = in.readNBytes(length);
                if (body.length < length) {
                    throw new java.io.EOFException("body cut at " + body.length + " of " + length);
                }
            } else {
                body = in.readAllBytes();
                close();
            }
            if ("close".equalsIgnoreCase(headers.get("Connection"))) {
                close();
            }
            String coding = headers.getOrDefault("Content-Encoding", "identity").toLowerCase();
            if (coding.equals("gzip")) {
                body = new java.util.zip.GZIPInputStream(new java.io.ByteArrayInputStream(body)).readAllBytes();
            } else if (coding.equals("deflate")) {
                body = new java.util.zip.InflaterInputStream(new java.io.ByteArrayInputStream(body)).readAllBytes();
            } else if (!coding.equals("identity")) {
                throw new IOException("unexpected Content-Encoding " + coding);
            }
            return new Answer(status, headers, body);
        }

        private String line() throws IOException {
            ByteArrayOutputStream out = new ByteArrayOutputStream(128);
            for (int c = in.read(); ; c = in.read()) {
                if (c == -1) {
                    return out.size() == 0 ? null : out.toString(StandardCharsets.ISO_8859_1);
                }
                if (c == '\n') {
                    String s = out.toString(StandardCharsets.ISO_8859_1);
                    return s.endsWith("\r") ? s.substring(0, s.length() - 1) : s;
                }
                out.write(c);
            }
        }

        @Override
        public void close() {
            if (socket != null) {
                try {
                    socket.close();
                } catch (IOException ignored) {
                    // closing anyway
                }
            }
            socket = null;
            in = null;
        }
    }
}
