package fr.ameguide.browser;

import fr.ameguide.testing.TestPerson;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.net.URL;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Gate: the "what to do now" box fits the first screen of a small phone (360×640 CSS pixels) in every
 * offered language, for the longest box (care cannot wait, no identity paper, no fixed address) and the
 * situation of each outcome; and "Leave this site" by Escape (assets/leave.js) replaces the page.
 */
@QuarkusTest
class ActNowBrowserTest {
    static final int WIDTH = 360, HEIGHT = 640;
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

    /** The planned person at home, without children (their minor child's answer kept), not joining an AME holder. */
    private static TestPerson person() {
        return Site.planned().with("children", "0", "housing", "own_home", "hostedFree", "no", "joiningAmeHolder", "no");
    }

    static Map<String, String> eligible() {
        return person().form();
    }

    static Map<String, String> with(String... keyValues) {
        return person().with(keyValues).form();
    }

    /** Situations whose box is long: the three-action one, and one per outcome. */
    static Map<String, Map<String, String>> situations() {
        Map<String, Map<String, String>> s = new LinkedHashMap<>();
        s.put("eligible-urgent-no-id-no-address", with("urgentCare", "yes", "identityDocument", "none", "housing", "no_fixed_address"));
        // Three actions with the filing action among them: the outlook follows the box.
        s.put("eligible-urgent-no-address", with("urgentCare", "yes", "housing", "no_fixed_address"));
        s.put("eligible", eligible());
        s.put("later", with("arrivalDate", Site.today().minusMonths(1).toString()));
        s.put("too-high-urgent", with("householdResources", "50000", "urgentCare", "yes"));
        s.put("puma", with("status", "valid_permit"));
        s.put("humanitarian", with("presence", "visiting"));
        s.put("mayotte-urgent", with("territory", "mayotte", "urgentCare", "yes"));
        return s;
    }

    /** Posts the answers as the result form does, from a page of the site, and waits for the result. */
    private void showResult(Chromium b, String lang, Map<String, String> answers) {
        Map<String, String> body = new LinkedHashMap<>(answers);
        body.put("_show", "result");
        b.post(root + lang + "/", "/" + lang + "/check", body);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fr.ameguide.browser.Site#offeredCodes")
    void theBoxIsWithinTheFirstScreen(String lang) throws Exception {
        Chromium b = browser();
        StringBuilder figures = new StringBuilder();
        List<String> problems = new ArrayList<>();
        b.scenario("actnow-first-screen-" + lang, () -> {
            for (Map.Entry<String, Map<String, String>> s : situations().entrySet()) {
                showResult(b, lang, s.getValue());
                @SuppressWarnings("unchecked")
                Map<String, Object> m = (Map<String, Object>) b.script("""
                        var main = document.querySelector('main'), box = document.querySelector('main > .now');
                        function bottom(e) { return e ? e.getBoundingClientRect().bottom + window.scrollY : -1; }
                        function h(e) { return e ? Math.round(e.getBoundingClientRect().height) : 0; }
                        return {first: main.firstElementChild === box, box: bottom(box),
                                parts: [Math.round(box.getBoundingClientRect().top + window.scrollY), h(box.querySelector('h1')),
                                        h(box.querySelector('.now-head'))].concat(Array.from(box.querySelectorAll('.now-list li')).map(h))
                                        .concat([h(box.querySelector('.outlook'))]).join('+'),
                                actions: bottom(box && box.querySelector('.now-list')),
                                width: document.documentElement.scrollWidth, viewport: window.innerWidth};""");
                String where = lang + " " + s.getKey();
                assertEquals(true, m.get("first"), where + ": the box is the first thing in <main>");
                long box = Math.round(((Number) m.get("box")).doubleValue());
                long actions = Math.round(((Number) m.get("actions")).doubleValue());
                figures.append(' ').append(s.getKey()).append('=').append(actions).append('/').append(box)
                        .append(" (").append(m.get("parts")).append(')');
                assertEquals(WIDTH, ((Number) m.get("viewport")).intValue(), "the phone's width");
                assertTrue(((Number) m.get("width")).intValue() <= WIDTH, where + ": no sideways scrolling");
                if (box > HEIGHT) {
                    b.screenshot("actnow-" + lang + "-" + s.getKey());
                    problems.add(where + ": the box ends at " + box + " px (its actions at " + actions + "), below the first " + HEIGHT + " px");
                }
            }
            System.out.println("[browser] actnow, bottom of actions/box (px of " + HEIGHT + ") in " + lang + ":" + figures);
            assertEquals(List.of(), problems);
        });
    }

    @Test
    void escapeLeavesOutsideTextFieldsAndTwiceInsideOneWithoutBack() throws Exception {
        Chromium b = browser();
        b.scenario("actnow-leave", () -> {
            String away = root + "fr/guide?left";
            // 1. Escape on the page: the page is replaced, Back goes to the page before it.
            b.open(root + "fr/");
            b.open(root + "fr/guide/what-is-ame");
            long length = ((Number) b.script("return history.length")).longValue();
            b.script("document.getElementById('leave').href = arguments[0]", away);
            b.pressAndWait(Keys.ESCAPE);
            assertEquals(away, b.driver.getCurrentUrl(), "Escape left the site");
            assertEquals(length, ((Number) b.script("return history.length")).longValue(), "the page was replaced, not added to");
            b.driver.navigate().back();
            waitFor(b, root + "fr/");
            assertEquals(root + "fr/", b.driver.getCurrentUrl(), "Back does not return to the page that was left");

            // 2. In a text field, one Escape stays (it may undo typing), a second one soon after leaves.
            b.open(root + "fr/guide/what-is-ame");
            b.script("""
                    document.getElementById('leave').href = arguments[0];
                    var i = document.createElement('input'); i.type = 'text'; i.id = 'typed';
                    document.querySelector('main').prepend(i);""", away);
            WebElement field = b.driver.findElement(By.id("typed"));
            field.click();
            field.sendKeys("75018");
            b.press(Keys.ESCAPE);
            Thread.sleep(200);
            assertTrue(b.driver.getCurrentUrl().endsWith("/fr/guide/what-is-ame"), "one Escape in a text field stays");
            b.pressAndWait(Keys.ESCAPE);
            assertEquals(away, b.driver.getCurrentUrl(), "a second Escape leaves");

            // 3. The link itself, with script: replaced too.
            b.open(root + "fr/");
            b.open(root + "fr/guide/what-is-ame");
            b.script("document.getElementById('leave').href = arguments[0]", away);
            b.clickAndWait(b.driver.findElement(By.id("leave")));
            assertEquals(away, b.driver.getCurrentUrl());
            b.driver.navigate().back();
            waitFor(b, root + "fr/");
            assertEquals(root + "fr/", b.driver.getCurrentUrl(), "Back skips the page left by the link");
        });
    }

    private static void waitFor(Chromium b, String url) {
        new WebDriverWait(b.driver, Duration.ofSeconds(10)).until(d -> url.equals(d.getCurrentUrl()));
    }

}
