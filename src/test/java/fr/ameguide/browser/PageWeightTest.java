package fr.ameguide.browser;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.net.URI;
import java.net.URL;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * Gate: every page type in every offered language weighs at most 14 KB as sent gzip-compressed, counting
 * the page and everything it loads (its stylesheet /assets/style.css, its script, anything the stylesheet
 * loads); and the browser asks no host but the test server for anything, as Chromium's network log shows.
 * Bytes are counted as the server sends them to a client that accepts gzip: a page sent uncompressed
 * counts in full (and is reported).
 */
@QuarkusTest
class PageWeightTest {
    static final int BUDGET = 14 * 1024;
    private static final Pattern CSS_URL = Pattern.compile("url\\(\\s*['\"]?([^'\")]+)['\"]?\\s*\\)|@import\\s+['\"]([^'\"]+)['\"]");

    @TestHTTPResource("/")
    URL root;

    @ParameterizedTest(name = "every page type in {0}")
    @MethodSource("fr.ameguide.browser.Site#offeredCodes")
    void everyPageTypeIsLightAndLocal(String lang) throws Exception {
        URI server = URI.create(root.toString());
        PageTours.Result tour = PageTours.of(root.toString(), lang);
        assertTrue(tour.loads().size() >= 10, "the tour saw only " + tour.loads().size() + " pages");
        List<String> problems = new ArrayList<>();
        tour.foreignRequests().forEach(f -> problems.add("request to another host than the test server: " + f));
        Map<String, Integer> resourceBytes = new LinkedHashMap<>();
        int heaviest = 0;
        String heaviestPage = "";
        for (Map.Entry<Tour.Stop, List<String>> e : tour.loads().entrySet()) {
            Tour.Stop stop = e.getKey();
            Http.Response page = Http.fetch(stop.method(), stop.url(), stop.body());
            assertEquals(stop.status(), page.status(), "status of " + stop.label());
            Set<String> resources = new LinkedHashSet<>();
            for (String url : e.getValue()) {
                collect(url, server, resources, problems);
            }
            int total = page.transferred();
            StringBuilder detail = new StringBuilder("page " + page.transferred() + " B " + page.contentEncoding());
            for (String url : resources) {
                int bytes = resourceBytes.computeIfAbsent(url, u -> Http.fetch("GET", u, null).transferred());
                total += bytes;
                detail.append(" + ").append(URI.create(url).getPath()).append(' ').append(bytes).append(" B");
            }
            if (total > heaviest) {
                heaviest = total;
                heaviestPage = stop.label() + ": " + detail;
            }
            if (total > BUDGET) {
                problems.add(stop.label() + " weighs " + total + " B > " + BUDGET + " B (" + detail + ")");
            }
            if (!page.contentEncoding().equalsIgnoreCase("gzip")) {
                // Counted as sent, uncompressed: stricter than the budget. Worth fixing on the server.
                System.out.println("[browser] weight warning: " + stop.label() + " was sent without gzip ("
                        + page.contentEncoding() + "), " + total + " B with what it loads");
            }
        }
        System.out.println("[browser] weight: " + tour.loads().size() + " pages in " + lang + ", heaviest " + heaviest
                + " B of " + BUDGET + " (" + heaviestPage + ")");
        if (!problems.isEmpty()) {
            fail(problems.size() + " weight or network problem(s) in " + lang + ":\n  " + String.join("\n  ", problems));
        }
    }

    /** Adds a resource the page loads and, for a stylesheet, what it loads in turn. */
    private static void collect(String url, URI server, Set<String> into, List<String> problems) {
        if (url.startsWith("data:") || !into.add(url)) {
            return;
        }
        if (!PageTours.local(url, server)) {
            problems.add("a page refers to a resource on another host: " + url);
            into.remove(url);
            return;
        }
        if (URI.create(url).getPath().endsWith(".css")) {
            Matcher m = CSS_URL.matcher(Http.fetch("GET", url, null).text());
            while (m.find()) {
                String ref = (m.group(1) != null ? m.group(1) : m.group(2)).trim();
                if (!ref.startsWith("data:")) {
                    collect(URI.create(url).resolve(ref).toString(), server, into, problems);
                }
            }
        }
    }
}
