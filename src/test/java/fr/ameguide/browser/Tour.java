package fr.ameguide.browser;

import org.openqa.selenium.WebElement;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Every page type of one language, shown in a browser with JavaScript on: home, guide index, each guide
 * page, the 404 page, every question of a whole questionnaire (choice, number, date and amount), the
 * first question of each kind sent empty (the page with an error), check your answers, and the result.
 * The questionnaire part is an end-to-end journey by mouse with JavaScript on: it checks, as the other
 * journeys do, that the check page carries every answer and that the result names an outcome.
 * At each stop the visitor runs while the page is on screen, freshly loaded. Each stop is recorded
 * (address, method, form body) so that the same page can be asked for again outside the browser.
 */
final class Tour {
    /**
     * @param firstOfItsType false only for a question page after the first of its kind (choice, number,
     *                       date, amount): the same template again, with other words
     */
    record Stop(String lang, String name, String method, String url, String body, int status, boolean firstOfItsType) {
        String label() {
            return lang + " " + name;
        }
    }

    interface Visitor {
        void visit(Stop stop) throws Exception;
    }

    private final Chromium browser;
    private final String root;
    private final String lang;
    private final Visitor visitor;
    private final List<Stop> stops = new ArrayList<>();
    private final Set<String> questionTypesSeen = new HashSet<>();

    private Tour(Chromium browser, String root, String lang, Visitor visitor) {
        this.browser = browser;
        this.root = root.endsWith("/") ? root : root + "/";
        this.lang = lang;
        this.visitor = visitor;
    }

    static List<Stop> run(Chromium browser, String root, String lang, Visitor visitor) throws Exception {
        if (!browser.javascript) {
            throw new IllegalArgumentException("the tour reads form data with script: start Chromium with JavaScript");
        }
        Tour tour = new Tour(browser, root, lang, visitor);
        tour.walk();
        return tour.stops;
    }

    private void walk() throws Exception {
        get("home", lang + "/", 200);
        get("guide index", lang + "/guide", 200);
        for (String slug : Site.guideSlugs()) {
            get("guide " + slug, lang + "/guide/" + slug, 200);
        }
        get("page not found", lang + "/no-such-page", 404);
        Journey journey = new Journey(browser, lang, Site.plan());
        get(null, lang + "/check", 200);
        Set<String> erred = new HashSet<>();
        while (journey.screen() == Journey.Screen.QUESTION) {
            Site.Question q = journey.question();
            if (erred.add(q.type())) {
                post(journey.continueButton(), "error " + q.id() + " (" + q.type() + ")", 400);
                assertEquals(q.id(), journey.question().id(), "an empty answer shows the same question again");
            }
            journey.fill(Journey.Input.MOUSE);
            post(journey.continueButton(), null, 200);
        }
        post(journey.assertCheckPage(), "result", 200);
        journey.assertResultPage();
        // Who helps near you (issue 12): the result's box, then the box's own page, a wrong postcode, the partners' page
        postcode("93200");
        post(localHelpButton(), "result near you", 200);
        journey.assertResultPage();
        get("local help box", lang + "/local-help", 200);
        postcode("9320");
        post(localHelpButton(), "local help error", 400);
        postcode("59000");
        post(localHelpButton(), "local help offices", 200);
        get("local help partners", lang + "/local-help/partners", 200);
        get("models", lang + "/models", 200);
        get("model", lang + "/models/no-passport", 200);
    }

    private void postcode(String value) {
        WebElement input = browser.driver.findElement(org.openqa.selenium.By.id("postcode"));
        input.clear();
        input.sendKeys(value);
    }

    private WebElement localHelpButton() {
        return browser.driver.findElement(org.openqa.selenium.By.cssSelector("form#local-help button[type=submit]"));
    }

    private void get(String name, String path, int status) throws Exception {
        String url = root + path;
        browser.open(url);
        visit(name, "GET", url, null, status);
    }

    /** Submits with a click, as the browser would send it, and records the post. */
    private void post(WebElement button, String name, int status) throws Exception {
        @SuppressWarnings("unchecked")
        List<String> sent = (List<String>) browser.script("""
                const b = arguments[0], f = b.form;
                const action = b.hasAttribute('formaction') ? b.formAction : f.action;
                return [action, new URLSearchParams(new FormData(f, b)).toString()];""", button);
        browser.clickAndWait(button);
        visit(name, "POST", sent.get(0), sent.get(1), status);
    }

    /** Names the page on screen (a question by its id and kind) unless named already, then visits it. */
    private void visit(String name, String method, String url, String body, int status) throws Exception {
        boolean first = true;
        if (name == null) {
            Journey journey = new Journey(browser, lang, Site.plan());
            Journey.Screen screen = journey.screen();
            if (screen == Journey.Screen.QUESTION) {
                Site.Question q = journey.question();
                name = "question " + q.id() + " (" + q.type() + ")";
                first = questionTypesSeen.add(q.type());
            } else {
                name = switch (screen) {
                    case CHECK_ANSWERS -> "check answers";
                    case RESULT -> "result";
                    default -> "page " + browser.path();
                };
            }
        }
        Stop stop = new Stop(lang, name, method, url, body, status, first);
        stops.add(stop);
        visitor.visit(stop);
    }
}
