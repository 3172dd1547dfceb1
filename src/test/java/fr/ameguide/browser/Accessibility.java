package fr.ameguide.browser;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Accessibility checks of the page on screen: axe-core (vendored from npm, pinned: see AXE) at WCAG 2.2
 * AA on the page as loaded, and what axe cannot judge: focus visible (and text still readable) on every
 * element reached with the Tab key, a skip link that is the first stop and moves focus to main, headings
 * in order with one h1, every form control labelled, the page's lang and dir, and on a page with an
 * error, an error summary that has focus on load and links to the field, which the link focuses.
 * Each check returns the problems it found, as sentences; none means the page passes.
 */
final class Accessibility {
    /** axe-core from the npm package axe-core@4.14.1 (axe.min.js, sha256 29348999450c...). */
    static final String AXE = "/axe/axe-core-4.14.1.min.js";
    static final List<String> WCAG_22_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa");
    private static final ObjectMapper JSON = new ObjectMapper();
    private static String axeSource;

    private final Chromium browser;

    Accessibility(Chromium browser) {
        this.browser = browser;
    }

    /** Every check, in an order that leaves the page's focus as loaded for the checks that need it. */
    List<String> check(Tour.Stop stop) {
        List<String> problems = new ArrayList<>();
        boolean error = stop.name().startsWith("error ");
        if (error) {
            problems.addAll(errorSummaryFocusedOnLoad());
        }
        problems.addAll(axe());
        problems.addAll(focusVisibleAndSkipLinkFirst(!error));
        problems.addAll(structure(stop.lang()));
        problems.addAll(skipLinkMovesFocusToMain());
        if (error) {
            problems.addAll(errorSummaryLinksToField());
        }
        return problems;
    }

    static synchronized String axeSource() {
        if (axeSource == null) {
            try (InputStream in = Accessibility.class.getResourceAsStream(AXE)) {
                Objects.requireNonNull(in, "missing test resource " + AXE);
                axeSource = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return axeSource;
    }

    /** axe-core's violations for WCAG 2.0, 2.1 and 2.2, levels A and AA. */
    List<String> axe() {
        if (!Boolean.TRUE.equals(browser.script("return typeof window.axe === 'object'"))) {
            browser.script(axeSource());
        }
        Object raw = browser.driver.executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                axe.run(document, {runOnly: {type: 'tag', values: arguments[0]}, resultTypes: ['violations']})
                  .then(r => done(JSON.stringify({version: axe.version, violations: r.violations.map(v => ({
                      id: v.id, impact: v.impact, help: v.help,
                      nodes: v.nodes.map(n => n.target.join(' ') + ' -- ' + (n.failureSummary || '').replace(/\\s+/g, ' '))
                  }))})))
                  .catch(e => done(JSON.stringify({error: String(e)})));""", WCAG_22_AA);
        List<String> problems = new ArrayList<>();
        try {
            JsonNode result = JSON.readTree((String) raw);
            if (result.has("error")) {
                return List.of("axe could not run: " + result.path("error").asText());
            }
            if (!"4.14.1".equals(result.path("version").asText())) {
                problems.add("axe version " + result.path("version").asText() + " ran, not the pinned 4.14.1");
            }
            for (JsonNode v : result.path("violations")) {
                StringBuilder s = new StringBuilder("axe " + v.path("id").asText() + " (" + v.path("impact").asText()
                        + "): " + v.path("help").asText());
                for (JsonNode n : v.path("nodes")) {
                    s.append("\n      at ").append(n.asText());
                }
                problems.add(s.toString());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return problems;
    }

    /** The elements Tab should reach: focusable, shown, and one per radio group. */
    private static final String TABBABLE = """
            const seen = new Set();
            // What a closed <details> holds (the language list) is not shown, so Tab skips it; its summary is reached.
            const shut = e => { const d = e.closest('details:not([open])'); return d && !e.closest('summary'); };
            const tabbable = [...document.querySelectorAll('a[href], button, input, select, textarea, summary, [tabindex]')]
              .filter(e => e.tabIndex >= 0 && !e.disabled && e.type !== 'hidden' && e.getClientRects().length > 0 && !shut(e))
              .filter(e => e.type !== 'radio' || (!seen.has(e.name) && seen.add(e.name)));
            """;

    private static final String DESCRIBE = """
            const what = e => e.tagName.toLowerCase() + (e.id ? '#' + e.id : '')
                + (e.className && typeof e.className === 'string' ? '.' + e.className.trim().replace(/\\s+/g, '.') : '')
                + ' "' + (e.textContent || e.value || '').trim().replace(/\\s+/g, ' ').slice(0, 40) + '"';
            const look = e => { const s = getComputedStyle(e);
                return {outline: s.outlineStyle === 'none' || parseFloat(s.outlineWidth) === 0 ? 'none'
                    : s.outlineStyle + ' ' + s.outlineWidth + ' ' + s.outlineColor, shadow: s.boxShadow}; };
            const isSkip = e => e.matches('a[href^="#"]')
                && document.getElementById(e.getAttribute('href').slice(1)) === document.querySelector('main');
            const onScreen = e => { const r = e.getBoundingClientRect();
                return r.width > 0 && r.height > 0 && r.right > 0 && r.left < innerWidth; };
            const lum = c => { const v = (c.match(/[\\d.]+/g) || [0, 0, 0]).slice(0, 3).map(x => +x / 255)
                .map(x => x <= 0.03928 ? x / 12.92 : ((x + 0.055) / 1.055) ** 2.4);
                return 0.2126 * v[0] + 0.7152 * v[1] + 0.0722 * v[2]; };
            const background = e => { for (let n = e; n; n = n.parentElement) {
                const c = getComputedStyle(n).backgroundColor, a = c.match(/[\\d.]+/g);
                if (a && (a.length < 4 || +a[3] > 0)) return c; } return 'rgb(255, 255, 255)'; };
            const contrast = e => { if (!(e.textContent || '').trim()) return null;
                const s = getComputedStyle(e), a = lum(s.color), b = lum(background(e));
                const large = parseFloat(s.fontSize) >= 24 || (parseFloat(s.fontSize) >= 18.66 && +s.fontWeight >= 700);
                const ratio = (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
                return ratio >= (large ? 3 : 4.5) ? null
                    : ratio.toFixed(2) + ':1 (' + s.color + ' on ' + background(e) + ')'; };
            """;

    /**
     * Tabs through the whole page with the real keyboard. Every element that gets focus must look
     * different from when it has none (its outline or its box-shadow), be on screen, and keep its text
     * readable (contrast 4.5:1, 3:1 for large text: axe sees the page unfocused); Tab must reach
     * every focusable element. When the page opens without focus, the first Tab must reach the skip link.
     * The page records each focus itself (a focusin listener), so the walk is one burst of Tab presses.
     */
    @SuppressWarnings("unchecked")
    List<String> focusVisibleAndSkipLinkFirst(boolean firstTabIsSkipLink) {
        // A page that opens with focus inside it (the error summary's autofocus) is walked from there to
        // its end only: Tab past the end would go through the browser's own interface, where the page is
        // not focused and no focus style shows. The elements before that point are focused in order first.
        List<Number> counts = (List<Number>) browser.script(TABBABLE + DESCRIBE + """
                const start = document.activeElement && document.activeElement !== document.body ? document.activeElement : null;
                const after = start ? tabbable.filter(e => start.compareDocumentPosition(e) & Node.DOCUMENT_POSITION_FOLLOWING) : tabbable;
                window.__ameUnfocused = new Map(tabbable.map(e => [e, look(e)]));
                window.__ameFocus = [];
                document.addEventListener('focusin', ev => { const e = ev.target;
                  if (!window.__ameUnfocused.has(e)) return;
                  window.__ameFocus.push(Object.assign({el: e, what: what(e), skip: isSkip(e), onScreen: onScreen(e),
                      contrast: contrast(e)}, look(e)));
                }, true);
                if (start) { tabbable.filter(e => !after.includes(e)).forEach(e => e.focus()); start.focus(); }
                return [tabbable.length, start ? after.length : tabbable.length + 3];""");
        int expected = counts.get(0).intValue();
        CharSequence[] tabs = new CharSequence[counts.get(1).intValue()];
        java.util.Arrays.fill(tabs, Keys.TAB);
        browser.press(tabs);
        List<Map<String, Object>> log = (List<Map<String, Object>>) browser.script(DESCRIBE + """
                const out = [], met = new Set();
                for (const f of window.__ameFocus) {
                  if (met.has(f.el)) break;
                  met.add(f.el);
                  let off = window.__ameUnfocused.get(f.el);
                  if (!off) { f.el.blur(); off = look(f.el); }
                  out.push(Object.assign({}, f, {offOutline: off.outline, offShadow: off.shadow}));
                }
                return out;""");
        List<String> problems = new ArrayList<>();
        if (log.isEmpty()) {
            return List.of("Tab reaches nothing");
        }
        if (firstTabIsSkipLink && !Boolean.TRUE.equals(log.get(0).get("skip"))) {
            problems.add("the first Tab reaches " + log.get(0).get("what") + ", not a skip link to main");
        }
        for (Map<String, Object> f : log) {
            boolean outline = !"none".equals(f.get("outline")) && !f.get("outline").equals(f.get("offOutline"));
            boolean shadow = !"none".equals(f.get("shadow")) && !f.get("shadow").equals(f.get("offShadow"));
            if (!outline && !shadow) {
                problems.add("focus not visible on " + f.get("what") + ": outline " + f.get("outline") + ", box-shadow "
                        + f.get("shadow") + " (unfocused: " + f.get("offOutline") + ", " + f.get("offShadow") + ")");
            }
            if (f.get("contrast") != null) {
                problems.add("text hard to read when focused: " + f.get("what") + ", contrast " + f.get("contrast"));
            }
            if (!Boolean.TRUE.equals(f.get("onScreen"))) {
                problems.add("focused but not on screen: " + f.get("what"));
            }
        }
        if (log.size() < expected) {
            problems.add("Tab reached " + log.size() + " of " + expected + " focusable elements");
        }
        return problems;
    }

    /** The skip link is the first focusable element, and following it moves focus to main. */
    List<String> skipLinkMovesFocusToMain() {
        WebElement first = (WebElement) browser.script(TABBABLE + DESCRIBE
                + "return tabbable.length && isSkip(tabbable[0]) ? tabbable[0] : null;");
        if (first == null) {
            return List.of("the first focusable element is not a skip link to main");
        }
        browser.script("arguments[0].focus()", first);
        browser.press(Keys.ENTER);
        WebElement active = browser.active();
        if (!"main".equals(active.getTagName())) {
            return List.of("the skip link moves focus to " + active.getTagName() + ", not to main");
        }
        return List.of();
    }

    /**
     * One script for what the page's markup tells: the language and direction of the page; one h1, and
     * no heading more than one level below the one before it; every text box, radio, checkbox and list
     * labelled by a label element, radios and checkboxes also inside a fieldset with a legend, every
     * button with text. Then the name Chromium gives each form field (its accessibility tree) must not
     * be empty (axe checks the buttons' names).
     */
    @SuppressWarnings("unchecked")
    List<String> structure(String lang) {
        Site.Language l = Site.language(lang);
        List<String> problems = new ArrayList<>((List<String>) browser.script("""
                const out = [], html = document.documentElement;
                if (html.lang !== arguments[0]) out.push('html lang is ' + html.lang + ', not ' + arguments[0]);
                if (html.dir !== arguments[1]) out.push('html dir is ' + html.dir + ', not ' + arguments[1]);
                const hs = [...document.querySelectorAll('h1, h2, h3, h4, h5, h6')];
                const h1 = hs.filter(h => h.tagName === 'H1').length;
                if (h1 !== 1) out.push(h1 + ' h1 elements, not one');
                let before = 0;
                for (const h of hs) {
                  const level = +h.tagName[1];
                  if (level > before + 1) out.push('heading ' + h.tagName.toLowerCase() + ' "' + h.textContent.trim().slice(0, 50)
                      + '" comes after ' + (before ? 'h' + before : 'no heading') + ': a level is skipped');
                  before = level;
                }
                const what = e => e.tagName.toLowerCase() + (e.id ? '#' + e.id : '') + (e.name ? '[name=' + e.name + ']' : '');
                for (const e of document.querySelectorAll('input:not([type=hidden]), select, textarea')) {
                  const labelled = [...(e.labels || [])].some(l => l.textContent.trim()) || e.hasAttribute('aria-labelledby');
                  if (!labelled) out.push('no label for ' + what(e));
                  if (e.type === 'radio' || e.type === 'checkbox') {
                    const legend = e.closest('fieldset') && e.closest('fieldset').querySelector('legend');
                    if (!legend || !legend.textContent.trim()) out.push('no fieldset with a legend around ' + what(e));
                  }
                }
                for (const b of document.querySelectorAll('button, input[type=submit], input[type=button]')) {
                  if (!(b.textContent || b.value || '').trim() && !b.hasAttribute('aria-label')) out.push('no text on ' + what(b));
                }
                return out;""", l.code(), l.dir()));
        for (WebElement control : browser.driver.findElements(By.cssSelector("input:not([type=hidden]), select, textarea"))) {
            String name = control.getAccessibleName();
            if (name == null || name.isBlank()) {
                problems.add("no accessible name for " + control.getTagName() + " id=" + control.getAttribute("id")
                        + " name=" + control.getAttribute("name"));
            }
        }
        return problems;
    }

    /** The page with an error opens with focus on its error summary, so it is read first. */
    List<String> errorSummaryFocusedOnLoad() {
        List<WebElement> summary = browser.driver.findElements(By.cssSelector(".error-summary"));
        if (summary.isEmpty()) {
            return List.of("no error summary on a page with an error");
        }
        WebElement active = browser.active();
        if (!active.equals(summary.get(0))) {
            return List.of("the error summary does not have focus when the page opens (focus is on "
                    + active.getTagName() + ")");
        }
        return List.of();
    }

    /**
     * The error summary is an alert, titled, with a link to the field in error; the field's error
     * message is tied to it (aria-describedby on it or its fieldset); following the link focuses it.
     */
    List<String> errorSummaryLinksToField() {
        List<String> problems = new ArrayList<>();
        List<WebElement> summaries = browser.driver.findElements(By.cssSelector(".error-summary"));
        if (summaries.isEmpty()) {
            return List.of("no error summary on a page with an error");
        }
        WebElement summary = summaries.get(0);
        if (!"alert".equals(summary.getAttribute("role")) && summary.getAttribute("aria-labelledby") == null) {
            problems.add("the error summary is neither an alert nor labelled");
        }
        List<WebElement> links = summary.findElements(By.cssSelector("a[href^='#']"));
        if (links.isEmpty()) {
            problems.add("the error summary has no link to the field in error");
            return problems;
        }
        for (WebElement link : links) {
            String id = link.getDomAttribute("href").substring(1);
            List<WebElement> targets = browser.driver.findElements(By.id(id));
            if (targets.isEmpty() || !List.of("input", "select", "textarea").contains(targets.get(0).getTagName())) {
                problems.add("the error summary links to #" + id + ", which is not a form field");
                continue;
            }
            WebElement field = targets.get(0);
            Object tied = browser.script("""
                    const f = arguments[0], ids = [];
                    for (const e of [f, f.closest('fieldset')]) if (e && e.getAttribute('aria-describedby'))
                      ids.push(...e.getAttribute('aria-describedby').split(/\\s+/));
                    return ids.some(i => { const m = document.getElementById(i);
                      return m && m.classList.contains('error-message') && m.textContent.trim(); });""", field);
            if (!Boolean.TRUE.equals(tied)) {
                problems.add("the field #" + id + " is not described by its error message");
            }
            browser.script("arguments[0].focus()", link);
            browser.press(Keys.ENTER);
            if (!browser.active().equals(field)) {
                problems.add("following the error summary's link does not focus #" + id + " (focus on "
                        + browser.active().getTagName() + "#" + browser.active().getAttribute("id") + ")");
            }
        }
        return problems;
    }
}
