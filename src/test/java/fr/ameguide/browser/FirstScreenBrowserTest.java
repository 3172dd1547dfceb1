package fr.ameguide.browser;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.net.URL;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Gate (issue 11) on a small phone, 360×640 CSS pixels: the first answer of the first question is on the first
 * screen at 100 % text size, and the summary and the fill-in models never scroll sideways. At 150 % the bottom of
 * the first answer is measured and printed, not yet gated: it is below the first screen in every language
 * (fr 793 px, ta 1340 px on 2026-12-07), and bringing it up needs a shorter question page, not a smaller font.
 */
@QuarkusTest
class FirstScreenBrowserTest {
    private static Chromium browser;

    @TestHTTPResource("/")
    URL root;

    private static synchronized Chromium browser() {
        if (browser == null) {
            browser = Chromium.phone();
        }
        return browser;
    }

    @AfterAll
    static synchronized void close() {
        if (browser != null) {
            browser.close();
            browser = null;
        }
    }

    /** The bottom of the first answer's label, at a text size (a larger default font, as a phone's setting gives). */
    private static long firstAnswerBottom(Chromium b, String percent) {
        Number bottom = (Number) b.script("""
                document.documentElement.style.fontSize = arguments[0];
                var radio = document.querySelector('main form input[type=radio]');
                var label = document.querySelector('label[for="' + radio.id + '"]');
                return label.getBoundingClientRect().bottom + window.scrollY;""", percent);
        return Math.round(bottom.doubleValue());
    }

    private static int sidewaysScroll(Chromium b) {
        Number over = (Number) b.script("return document.documentElement.scrollWidth - window.innerWidth;");
        return over.intValue();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fr.ameguide.browser.Site#offeredCodes")
    void theFirstAnswerIsOnTheFirstScreenAndNothingScrollsSideways(String lang) throws Exception {
        Chromium b = browser();
        List<String> problems = new ArrayList<>();
        StringBuilder figures = new StringBuilder();
        b.scenario("first-screen-" + lang, () -> {
            for (String size : List.of("100%", "150%")) {
                b.open(root + lang + "/check/presence");
                long bottom = firstAnswerBottom(b, size);
                figures.append(' ').append(size).append('=').append(bottom);
                if (size.equals("100%") && bottom > ActNowBrowserTest.HEIGHT) {
                    b.screenshot("first-answer-" + lang + "-" + size.replace("%", ""));
                    problems.add(lang + " at " + size + ": the first answer ends at " + bottom + " px");
                }
            }
            for (String slug : List.of("no-passport", "host", "resources")) {
                b.open(root + lang + "/models/" + slug);
                if (sidewaysScroll(b) > 0) {
                    problems.add(lang + " model " + slug + " scrolls sideways by " + sidewaysScroll(b) + " px");
                }
            }
            b.post(root + lang + "/", "/" + lang + "/summary", ActNowBrowserTest.eligible());
            if (sidewaysScroll(b) > 0) {
                problems.add(lang + " summary scrolls sideways by " + sidewaysScroll(b) + " px");
            }
            System.out.println("[browser] first answer, bottom px of " + ActNowBrowserTest.HEIGHT + " in " + lang + ":" + figures);
            assertEquals(List.of(), problems);
        });
    }
}
