package fr.ameguide.browser;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.net.URL;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Gate (issue 11) on a small phone, 360×640 CSS pixels: the first answer of the first question is on the first
 * screen at 100 % and at 150 % text size (root font-size 150 %, as a phone's larger text setting gives), the first
 * answer of every other choice question on the first screen at 100 %, and the summary and the fill-in models never
 * scroll sideways. The 150 % figures of the other questions are printed, not gated: all but one fit (Tamil "status",
 * whose first answer is six lines long, ends at 643 px). On 2026-12-07, bottom of the first answer of the first
 * question: at 100 % fr 381 → 146 px, ta 574 → 221; at 150 % fr 793 → 256, ta 1340 → 439 (the question's hint now
 * follows the answers, the header is one short line, Back and the progress share a line).
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

    /** The other choice questions, each with answers that lead to it (the person of {@link ActNowBrowserTest#eligible()}). */
    static Map<String, Map<String, String>> choiceQuestions() {
        Map<String, String> hosted = ActNowBrowserTest.with("housing", "hosted", "hostedFree", "no", "partner", "yes", "partnerRegularStatus", "no");
        Map<String, String> recent = ActNowBrowserTest.with("arrivalDate", Site.today().minusMonths(1).toString());
        Map<String, Map<String, String>> q = new LinkedHashMap<>();
        for (String slug : List.of("territory", "status", "had_regular_stay", "partner", "partner_regular_status", "housing",
                "hosted_free", "identity_document", "urgent_care", "ame")) {
            q.put(slug, hosted);
        }
        q.put("visa_exempt", recent);
        q.put("joining_ame_holder", recent);
        return q;
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
                if (bottom > ActNowBrowserTest.HEIGHT) {
                    b.screenshot("first-answer-" + lang + "-" + size.replace("%", ""));
                    problems.add(lang + " at " + size + ": the first answer ends at " + bottom + " px");
                }
            }
            StringBuilder others = new StringBuilder();
            for (Map.Entry<String, Map<String, String>> q : choiceQuestions().entrySet()) {
                Map<String, String> body = new LinkedHashMap<>(q.getValue());
                body.put("_show", q.getKey());
                b.post(root + lang + "/", "/" + lang + "/check", body);
                long at100 = firstAnswerBottom(b, "100%");
                long at150 = firstAnswerBottom(b, "150%");
                others.append(' ').append(q.getKey()).append('=').append(at100).append('/').append(at150);
                if (at100 > ActNowBrowserTest.HEIGHT) {
                    b.screenshot("first-answer-" + lang + "-" + q.getKey() + "-100");
                    problems.add(lang + " " + q.getKey() + " at 100%: the first answer ends at " + at100 + " px");
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
            System.out.println("[browser] first answer, bottom px of " + ActNowBrowserTest.HEIGHT + " in " + lang + ":" + figures
                    + "; other questions, 100%/150%:" + others);
            assertEquals(List.of(), problems);
        });
    }
}
