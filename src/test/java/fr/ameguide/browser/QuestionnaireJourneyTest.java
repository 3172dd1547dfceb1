package fr.ameguide.browser;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

import java.net.URL;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Gate: the whole questionnaire, from the home page to a result, in a real Chromium: in every offered
 * language with JavaScript off and with it on (mouse); by keyboard alone in the source language and every
 * right-to-left one; and with changes of language in the middle, to every offered language, that keep the
 * answers. A failure saves a screenshot (and the page's HTML) to target/browser-screenshots/.
 */
@QuarkusTest
class QuestionnaireJourneyTest {
    /** One browser with JavaScript and one without, for all the journeys of this class (each with a fresh profile). */
    private static Chromium withJavascript;
    private static Chromium withoutJavascript;

    @TestHTTPResource("/")
    URL root;

    private static synchronized Chromium browser(boolean javascript) {
        if (javascript) {
            return withJavascript != null ? withJavascript : (withJavascript = Chromium.start(true));
        }
        return withoutJavascript != null ? withoutJavascript : (withoutJavascript = Chromium.start(false));
    }

    @AfterAll
    static synchronized void closeBrowsers() {
        for (Chromium c : new Chromium[] {withJavascript, withoutJavascript}) {
            if (c != null) {
                c.close();
            }
        }
        withJavascript = null;
        withoutJavascript = null;
    }

    @ParameterizedTest(name = "{0}, JavaScript off")
    @MethodSource("fr.ameguide.browser.Site#offeredCodes")
    void toResultWithoutJavascript(String lang) throws Exception {
        journey(lang, false, Journey.Input.MOUSE);
    }

    /**
     * With JavaScript on, by mouse: the page tour shared with the accessibility, HTML and weight gates
     * (see {@link Tour}) clicks through the whole questionnaire to the result in this language, checking
     * the answers carried on the check page and the outcome, so it is not walked a second time here.
     */
    @ParameterizedTest(name = "{0}, JavaScript on")
    @MethodSource("fr.ameguide.browser.Site#offeredCodes")
    void toResultWithJavascript(String lang) throws Exception {
        List<Tour.Stop> stops = PageTours.of(root.toString(), lang).stops();
        assertTrue(stops.stream().anyMatch(s -> s.name().equals("result")), "the tour with JavaScript reaches the result");
        assertTrue(stops.stream().anyMatch(s -> s.name().equals("result near you")), "and the result with a postcode");
        assertTrue(stops.stream().anyMatch(s -> s.name().equals("check answers")), "the tour passes the check page");
    }

    /** By keyboard alone in the source language and in each right-to-left language. */
    @ParameterizedTest(name = "{0}, keyboard alone")
    @MethodSource("fr.ameguide.browser.Site#sourceAndRightToLeftCodes")
    void toResultByKeyboardAlone(String lang) throws Exception {
        journey(lang, true, Journey.Input.KEYBOARD);
    }

    /**
     * With JavaScript off: three answers in the first offered language, then on the fourth question a
     * switch to every other offered language in turn (the language list is a form of buttons that carries
     * the answers), each showing the same question with the same answers carried; then on to the result
     * in the last language, whose check page lists every answer.
     */
    @Test
    void languageSwitchInTheMiddleKeepsTheAnswers() throws Exception {
        List<Site.Language> offered = Site.offered();
        Chromium browser = browser(false);
        browser.scenario("journey-language-switch", () -> {
            String from = offered.get(0).code();
            browser.open(root + from + "/check/" + Site.startSlug());
            Journey journey = new Journey(browser, from, Site.plan());
            for (int i = 0; i < 3; i++) {
                assertEquals(Journey.Screen.QUESTION, journey.screen());
                journey.answer(Journey.Input.MOUSE);
            }
            Site.Question before = journey.question();
            Map<String, String> carried = journey.carried(journey.questionForm());
            assertEquals(journey.expectedAnswers(), carried, "answers carried before any switch");
            for (Site.Language to : offered.subList(1, offered.size())) {
                WebElement button = journey.languageButton(to.code()).orElseThrow(
                        () -> new AssertionError("no button for " + to.code() + " in the language list of " + browser.path()));
                browser.clickAndWait(button);
                journey = journey.in(to.code());
                journey.assertLanguage();
                assertEquals(Journey.Screen.QUESTION, journey.screen(), "after the switch to " + to.code());
                assertEquals(before.id(), journey.question().id(), "the switch to " + to.code() + " shows the same question");
                assertEquals(carried, journey.carried(journey.questionForm()), "answers carried after the switch to " + to.code());
            }
            assertEquals(Journey.Screen.CHECK_ANSWERS, journey.answerAll(Journey.Input.MOUSE));
            journey.confirm(Journey.Input.MOUSE);
        });
    }

    private void journey(String lang, boolean javascript, Journey.Input input) throws Exception {
        Chromium browser = browser(javascript);
        String name = "journey-" + lang + (javascript ? "-js" : "-nojs") + "-" + input.name().toLowerCase();
        browser.scenario(name, () -> {
            browser.open(root + lang + "/");
            Journey journey = new Journey(browser, lang, Site.plan());
            journey.assertLanguage();
            WebElement start = browser.driver.findElement(
                    By.cssSelector("main a[href$='/check/" + Site.startSlug() + "']"));
            if (input == Journey.Input.MOUSE) {
                browser.clickAndWait(start);
            } else {
                browser.tab();
                WebElement skip = browser.active();
                assertEquals("#main", skip.getDomAttribute("href"), "the first Tab reaches the skip link");
                browser.press(Keys.ENTER);
                assertEquals("main", browser.active().getTagName(), "the skip link moves focus to main");
                journey.tabTo(start, "the start button");
                browser.pressAndWait(Keys.ENTER);
            }
            assertEquals(Journey.Screen.QUESTION, journey.screen(), "the start button opens the first question");
            assertEquals(Journey.Screen.CHECK_ANSWERS, journey.answerAll(input), "the questions end on the check page");
            assertTrue(journey.answered().size() >= 4, "answered " + journey.answered());
            journey.confirm(input);
            nearYou(browser, journey, lang, input);
        });
    }

    /**
     * Who helps near you (issue 12): the postcode typed in the result's box, sent without script by
     * mouse or keyboard, brings back the same result naming the local tribunal and caisse; the box's
     * address is the questionnaire's one address and the postcode is in no address.
     */
    private void nearYou(Chromium browser, Journey journey, String lang, Journey.Input input) {
        WebElement box = browser.driver.findElement(By.id("postcode"));
        assertEquals("/" + lang + "/check", box.findElement(By.xpath("./ancestor::form")).getDomAttribute("action"));
        WebElement submit = browser.driver.findElement(By.cssSelector("form#local-help button[type=submit]"));
        if (input == Journey.Input.MOUSE) {
            box.sendKeys("93200");
            browser.clickAndWait(submit);
        } else {
            journey.tabTo(box, "the postcode box");
            browser.press("93200");
            browser.pressAndWait(Keys.ENTER);
        }
        journey.assertResultPage();
        String main = browser.driver.findElement(By.id("main")).getText();
        assertTrue(main.contains("CPAM de la Seine-Saint-Denis"), "the result names the caisse: " + main);
        assertTrue(main.contains("tribunal administratif de Montreuil"), "and the tribunal");
        assertTrue(!browser.path().contains("93200") && !browser.driver.getCurrentUrl().contains("93200"), "never in the address");
    }
}
