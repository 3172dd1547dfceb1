package fr.ameguide.browser;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.net.URL;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * Gate: every page type in every offered language has no axe-core violation at WCAG 2.2 AA (tags wcag2a,
 * wcag2aa, wcag21a, wcag21aa, wcag22aa), and passes the checks axe cannot make (see {@link Accessibility}).
 * All problems of a language are listed together; each failing page gets a screenshot.
 */
@QuarkusTest
class AccessibilityTest {
    @TestHTTPResource("/")
    URL root;

    @ParameterizedTest(name = "every page type in {0}")
    @MethodSource("fr.ameguide.browser.Site#offeredCodes")
    void everyPageTypeIsAccessible(String lang) throws Exception {
        PageTours.Result tour = PageTours.of(root.toString(), lang);
        assertTrue(tour.accessibility().size() >= 10, "the tour checked only " + tour.accessibility().size() + " pages");
        List<String> problems = new ArrayList<>();
        for (Map.Entry<Tour.Stop, List<String>> e : tour.accessibility().entrySet()) {
            if (!e.getValue().isEmpty()) {
                problems.add(e.getKey().label() + " (" + e.getKey().method() + " " + e.getKey().url() + "):\n    - "
                        + String.join("\n    - ", e.getValue()));
            }
        }
        System.out.println("[browser] accessibility: " + tour.accessibility().size() + " pages in " + lang + ", "
                + problems.size() + " with problems");
        if (!problems.isEmpty()) {
            fail(problems.size() + " page(s) in " + lang + " fail the accessibility gate:\n  " + String.join("\n  ", problems));
        }
    }
}
