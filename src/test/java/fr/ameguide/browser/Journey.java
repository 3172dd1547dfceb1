package fr.ameguide.browser;

import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A person going through the questionnaire in one browser: which page is shown, and answering it with
 * the mouse or with the keyboard alone (Tab to move, arrows and Space in a radio group, typing in text
 * boxes, Enter on Continue). Follows the routing the server chooses, so it keeps working as questions
 * are added or reordered; a question without a planned answer fails and names its field.
 */
final class Journey {
    enum Input { MOUSE, KEYBOARD }

    /** Whichever page the questionnaire shows now. */
    enum Screen { QUESTION, CHECK_ANSWERS, RESULT, OTHER }

    /** How many Tab presses may separate two stops on a page before the walk gives up. */
    private static final int MAX_TABS = 120;

    private final Chromium browser;
    private final String lang;
    private final Map<String, String> plan;
    private final List<String> answered = new ArrayList<>();

    Journey(Chromium browser, String lang, Map<String, String> plan) {
        this.browser = browser;
        this.lang = lang;
        this.plan = plan;
    }

    /** The same person, with the same answers so far, after a change of language. */
    Journey in(String otherLang) {
        Journey j = new Journey(browser, otherLang, plan);
        j.answered.addAll(answered);
        return j;
    }

    /** Which page is shown, and the address its question form posts to: one round trip to the browser. */
    private List<String> look() {
        @SuppressWarnings("unchecked")
        List<String> seen = (List<String>) browser.script("""
                const q = document.querySelector('main form[novalidate]');
                return [q ? 'QUESTION' : document.querySelector('main dl.summary') ? 'CHECK_ANSWERS'
                        : document.querySelector('main .panel .outcome') ? 'RESULT' : 'OTHER',
                        q ? new URL(q.getAttribute('action'), location.href).pathname : '',
                        q && q.querySelector('input[name=_question]') ? q.querySelector('input[name=_question]').value : ''];""");
        return seen;
    }

    Screen screen() {
        return Screen.valueOf(look().get(0));
    }

    WebElement questionForm() {
        return browser.driver.findElement(By.cssSelector("main form[novalidate]"));
    }

    /** The question shown, named in its form's body; the form posts to the one address /{lang}/check. */
    Site.Question question() {
        List<String> seen = look();
        assertEquals("QUESTION", seen.get(0), () -> "expected a question at " + browser.path());
        String action = seen.get(1);
        assertEquals("/" + lang + "/check", action, "every question posts to the one address");
        String slug = seen.get(2);
        return Site.questionBySlug(slug).orElseThrow(() -> new AssertionError("no question with slug " + slug));
    }

    WebElement continueButton() {
        return questionForm().findElement(By.cssSelector("button[type=submit]:not([formaction])"));
    }

    /** The answers carried by the main form as hidden fields (without control fields such as _return). */
    Map<String, String> carried(WebElement form) {
        Map<String, String> out = new LinkedHashMap<>();
        for (WebElement h : form.findElements(By.cssSelector("input[type=hidden]"))) {
            String name = h.getAttribute("name");
            if (!name.startsWith("_")) {
                out.put(name, h.getAttribute("value"));
            }
        }
        return out;
    }

    List<String> answered() {
        return answered;
    }

    /** The planned answers of the questions answered so far, as the server keeps them. */
    Map<String, String> expectedAnswers() {
        Map<String, String> out = new LinkedHashMap<>();
        answered.forEach(f -> out.put(f, plan.get(f)));
        return out;
    }

    /** Fills in the planned answer of the question shown, without submitting. */
    void fill(Input input) {
        Site.Question q = question();
        String value = plan.get(q.field());
        assertTrue(value != null, "no planned answer for question " + q.id() + " (field " + q.field()
                + "): add one to Site.plan()");
        switch (q.type()) {
            case "choice" -> choose(q, value, input);
            case "date" -> {
                LocalDate d = LocalDate.parse(value);
                type(q.field() + "-day", Integer.toString(d.getDayOfMonth()), input);
                type(q.field() + "-month", Integer.toString(d.getMonthValue()), input);
                type(q.field() + "-year", Integer.toString(d.getYear()), input);
            }
            case "number", "amount" -> type(q.field(), value, input);
            default -> throw new AssertionError("unknown question type " + q.type() + " of " + q.id());
        }
        if (!answered.contains(q.field())) {
            answered.add(q.field());
        }
    }

    /** Answers the question shown and goes on to the next page. */
    void answer(Input input) {
        fill(input);
        submit(continueButton(), input);
    }

    /** Answers question after question until a page that is not a question; returns that page. */
    Screen answerAll(Input input) {
        for (int i = 0; i < 60 && screen() == Screen.QUESTION; i++) {
            assertLanguage();
            answer(input);
        }
        return screen();
    }

    /** On the check page, checks that every answer is carried unchanged, then asks for the result. */
    void confirm(Input input) {
        WebElement submit = assertCheckPage();
        submit(submit, input);
        assertResultPage();
    }

    /**
     * Checks the check-your-answers page: in the right language, every answer carried unchanged (hidden
     * fields) and one row per answered question. Returns its submit button.
     */
    WebElement assertCheckPage() {
        assertEquals(Screen.CHECK_ANSWERS, screen(), () -> "expected the check-your-answers page at " + browser.path());
        assertLanguage();
        WebElement form = browser.driver.findElement(By.cssSelector("main form"));
        assertEquals(expectedAnswers(), carried(form), "answers carried by the check page");
        int rows = browser.driver.findElements(By.cssSelector("main dl.summary .summary-row")).size();
        assertEquals(answered.size(), rows, "one row per answered question on the check page");
        return form.findElement(By.cssSelector("button.button[type=submit]"));
    }

    /** Checks the result page: in the right language, naming an outcome. */
    void assertResultPage() {
        assertEquals(Screen.RESULT, screen(), () -> "expected the result page at " + browser.path());
        assertLanguage();
        assertFalse(browser.driver.findElement(By.cssSelector("main .panel .outcome")).getText().isBlank(),
                "the result names an outcome");
    }

    void assertLanguage() {
        Site.Language l = Site.language(lang);
        assertEquals(l.code() + " " + l.dir(), browser.script(
                "return document.documentElement.lang + ' ' + document.documentElement.dir"), "html lang and dir");
    }

    /** Submits with a click, or by Tab to the button and Enter. */
    void submit(WebElement button, Input input) {
        if (input == Input.MOUSE) {
            browser.clickAndWait(button);
        } else {
            tabTo(button, "the submit button");
            browser.pressAndWait(Keys.ENTER);
        }
    }

    private void choose(Site.Question q, String value, Input input) {
        String id = q.field() + "-" + value.replace('_', '-');
        WebElement radio = browser.driver.findElement(By.id(id));
        if (input == Input.MOUSE) {
            browser.driver.findElement(By.cssSelector("label[for='" + id + "']")).click();
        } else {
            WebElement entry = (WebElement) browser.script(TAB_ORDER
                    + "return tabOrder.find(e => e.type === 'radio' && e.name === arguments[0]) || null;", q.field());
            assertTrue(entry != null, "the radio group " + q.field() + " can be reached with Tab");
            tabTo(entry, "the radio group " + q.field());
            @SuppressWarnings("unchecked")
            List<WebElement> group = (List<WebElement>) browser.script(
                    "return [...arguments[0].form.elements].filter(e => e.type === 'radio' && e.name === arguments[0].name);", entry);
            int steps = group.indexOf(radio) - group.indexOf(entry);
            if (steps > 0) {
                CharSequence[] arrows = new CharSequence[steps];
                java.util.Arrays.fill(arrows, Keys.ARROW_DOWN);
                browser.press(arrows);
            }
            for (int i = 0; i <= group.size() && !radio.equals(browser.active()); i++) {
                browser.press(Keys.ARROW_DOWN);
            }
            assertEquals(radio, browser.active(), "arrow keys reach option " + value);
            browser.press(Keys.SPACE);
        }
        assertTrue(radio.isSelected(), "option " + id + " is chosen");
    }

    private void type(String id, String text, Input input) {
        WebElement box = browser.driver.findElement(By.id(id));
        if (input == Input.MOUSE) {
            box.click();
            box.clear();
            box.sendKeys(text);
        } else {
            tabTo(box, "the text box " + id);
            browser.press(text);
        }
        assertEquals(text, box.getAttribute("value"), "typed into " + id);
    }

    /**
     * The elements Tab goes through, in document order: focusable and shown, and for a radio group only
     * its checked radio (or its first). The site uses no positive tabindex.
     */
    static final String TAB_ORDER = """
            const tabOrder = [...document.querySelectorAll('a[href], button, input, select, textarea, [tabindex]')]
              .filter(e => e.tabIndex >= 0 && !e.disabled && e.type !== 'hidden' && e.getClientRects().length > 0)
              .filter(e => e.type !== 'radio' || e === ([...e.form.elements]
                  .filter(r => r.type === 'radio' && r.name === e.name).sort((a, b) => b.checked - a.checked)[0]));
            """;

    /**
     * Presses Tab until the element has focus: as many times as the page's tab order says, in one burst,
     * then checks where focus landed; if it is elsewhere, goes on one Tab at a time.
     */
    void tabTo(WebElement target, String what) {
        Number presses = (Number) browser.script(TAB_ORDER + """
                const a = document.activeElement, t = tabOrder.indexOf(arguments[0]);
                let i = tabOrder.indexOf(a);
                if (i < 0) i = tabOrder.filter(e => a.compareDocumentPosition(e) & Node.DOCUMENT_POSITION_PRECEDING).length - 1;
                return t < 0 || t <= i ? 0 : t - i;""", target);
        if (presses.intValue() > 0) {
            CharSequence[] tabs = new CharSequence[presses.intValue()];
            java.util.Arrays.fill(tabs, Keys.TAB);
            browser.press(tabs);
        }
        for (int i = 0; i < MAX_TABS; i++) {
            if (target.equals(browser.active())) {
                return;
            }
            browser.tab();
        }
        throw new AssertionError("Tab never reached " + what + " on " + browser.path());
    }

    /** The language buttons of a question page, by language code. */
    Optional<WebElement> languageButton(String code) {
        browser.script("document.querySelectorAll('details.lang-menu').forEach(d => d.open = true)");
        return browser.driver.findElements(By.cssSelector("nav.languages button[formaction]")).stream()
                .filter(b -> java.net.URI.create(b.getAttribute("formaction")).getPath().startsWith("/" + code + "/"))
                .findFirst();
    }
}
