package fr.ameguide.browser;

import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One tour of every page type per language, shared by the accessibility, valid-HTML and weight gates so
 * that the pages are walked once: Chromium with JavaScript on (axe needs it) and its network log. While
 * each page is on screen the tour lists what the page loads, reads which addresses the browser asked
 * for, and runs the accessibility checks (on every page but the questions after the first of each kind,
 * which repeat a template already checked in that language). The HTML and weight gates then ask the
 * server for every page of the tour again, outside the browser.
 */
final class PageTours {
    record Result(String lang, List<Tour.Stop> stops, Map<Tour.Stop, List<String>> accessibility,
                  Map<Tour.Stop, List<String>> loads, List<String> foreignRequests) {
    }

    private static final Map<String, Result> DONE = new LinkedHashMap<>();
    private static final Map<String, Throwable> FAILED = new LinkedHashMap<>();
    /** One browser for the tours of all languages, closed after the last one (or when the JVM ends). */
    private static Chromium browser;

    private static Chromium browser() {
        if (browser == null) {
            browser = Chromium.start(true, true);
            browser.onEveryPage(Accessibility.axeSource());
            Runtime.getRuntime().addShutdownHook(new Thread(PageTours::close));
        }
        return browser;
    }

    private static synchronized void close() {
        if (browser != null) {
            browser.close();
            browser = null;
        }
    }

    private PageTours() {
    }

    /** The tour of a language, made by the first gate that asks; a tour that failed fails every gate that asks. */
    static synchronized Result of(String root, String lang) throws Exception {
        if (FAILED.containsKey(lang)) {
            throw new AssertionError("the tour of " + lang + " failed (see the first failure): " + FAILED.get(lang), FAILED.get(lang));
        }
        Result done = DONE.get(lang);
        if (done != null) {
            return done;
        }
        try {
            return tour(root, lang);
        } catch (Exception | Error e) {
            FAILED.put(lang, e);
            throw e;
        }
    }

    private static Result tour(String root, String lang) throws Exception {
        long started = System.nanoTime();
        URI server = URI.create(root);
        Map<Tour.Stop, List<String>> accessibility = new LinkedHashMap<>();
        Map<Tour.Stop, List<String>> loads = new LinkedHashMap<>();
        List<String> foreign = new ArrayList<>();
        List<Tour.Stop> stops = new ArrayList<>();
        Chromium browser = browser();
        browser.requests();
        Accessibility a11y = new Accessibility(browser);
        browser.scenario("tour-" + lang, () -> stops.addAll(Tour.run(browser, root, lang, stop -> {
            List<String> away = browser.requests().stream().filter(url -> !local(url, server)).toList();
            if (!away.isEmpty()) {
                away.forEach(url -> foreign.add(stop.label() + ": " + url));
                browser.screenshot("network-" + stop.label());
            }
            @SuppressWarnings("unchecked")
            List<String> urls = (List<String>) browser.script("""
                    return [...document.querySelectorAll('link[href]:not([rel~=alternate]):not([rel~=canonical]),'
                        + ' script[src], img[src], iframe[src], source[src], video[src], audio[src], embed[src],'
                        + ' input[type=image][src], object[data]')].map(e => e.href || e.src || e.data);""");
            loads.put(stop, urls);
            if (!stop.firstOfItsType()) {
                browser.requests().stream().filter(url -> !local(url, server))
                        .forEach(url -> foreign.add(stop.label() + ": " + url));
                return;
            }
            List<String> found = a11y.check(stop);
            if (!found.isEmpty()) {
                Path shot = browser.screenshot("a11y-" + stop.label());
                found = new ArrayList<>(found);
                found.add("screenshot: " + shot);
            }
            accessibility.put(stop, found);
            browser.requests().stream().filter(url -> !local(url, server))
                    .forEach(url -> foreign.add(stop.label() + " (while checking it): " + url));
        })));
        Result result = new Result(lang, stops, accessibility, loads, foreign);
        DONE.put(lang, result);
        if (DONE.size() + FAILED.size() >= Site.offered().size()) {
            close();
        }
        System.out.printf("[browser] tour of %s: %d pages in %.1f s%n", lang, stops.size(), (System.nanoTime() - started) / 1e9);
        return result;
    }

    /** Only the test server, or what never leaves the browser (data:, about:, blob:). */
    static boolean local(String url, URI server) {
        if (url.startsWith("data:") || url.startsWith("about:") || url.startsWith("blob:")) {
            return true;
        }
        URI u = URI.create(url);
        return u.getHost() != null && u.getHost().equals(server.getHost()) && u.getPort() == server.getPort();
    }
}
