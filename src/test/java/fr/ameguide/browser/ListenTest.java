package fr.ameguide.browser;

import com.fasterxml.jackson.databind.ObjectMapper;
import fr.ameguide.content.Content;
import fr.ameguide.content.RepositoryContent;
import fr.ameguide.i18n.Language;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import java.net.URL;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Gate: the Listen button (assets/listen.js) in every offered language. Chromium here has no voices, so
 * each page gets a stand-in speechSynthesis before its own scripts run: it has no voice when the page
 * loads, then announces (voiceschanged) one voice on the device for every offered language but Haitian
 * Creole, for which it has only a voice on a server. The button must appear only once a voice on the
 * device speaks the page's language, read the main text in that language, pause, resume and stop, and
 * pass axe while shown.
 */
@QuarkusTest
class ListenTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static Chromium browser;

    @TestHTTPResource("/")
    URL root;

    private static final String FAKE = """
            (function () {
              var voices = [], ready = VOICES, handlers = [], log = [];
              var fake = {
                getVoices: function () { return voices; },
                speak: function (u) { log.push({text: u.text, lang: u.lang, voice: u.voice && u.voice.lang}); },
                pause: function () { log.push('pause'); },
                resume: function () { log.push('resume'); },
                cancel: function () { log.push('cancel'); },
                addEventListener: function (type, f) { if (type === 'voiceschanged') handlers.push(f); }
              };
              Object.defineProperty(window, 'speechSynthesis', {value: fake, configurable: true});
              window.SpeechSynthesisUtterance = function (t) { this.text = t; };
              window.__speech = log;
              window.__voicesArrive = function () { voices = ready; handlers.forEach(function (f) { f(); }); };
            })();""";

    private static synchronized Chromium browser(Content content) throws Exception {
        if (browser == null) {
            List<Map<String, Object>> voices = new ArrayList<>();
            for (Language l : content.languages().offered()) {
                Map<String, Object> v = new LinkedHashMap<>();
                v.put("name", "voice " + l.code());
                v.put("lang", l.locale().toLanguageTag().replace("-Hans", ""));
                v.put("localService", !l.code().equals("ht"));
                voices.add(v);
            }
            browser = Chromium.start(true);
            browser.onEveryPage(FAKE.replace("VOICES", JSON.writeValueAsString(voices)));
            browser.onEveryPage(Accessibility.axeSource());
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

    private static String text(Content content, Language l, String key) {
        return (l.isSource() ? content.translations().source() : content.translations().of(l.code())).get(key).pattern();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fr.ameguide.browser.Site#offeredCodes")
    void listenReadsTheMainTextInThePageLanguage(String code) throws Exception {
        Content content = RepositoryContent.load();
        Language l = content.languages().offered(code).orElseThrow();
        Chromium b = browser(content);
        b.scenario("listen-" + code, () -> {
            b.open(root + code + "/guide/what-is-ame");
            assertTrue(b.driver.findElements(By.cssSelector("#main .listen")).isEmpty(), "no button before a voice is known");
            b.script("window.__voicesArrive()");
            List<WebElement> bars = b.driver.findElements(By.cssSelector("#main > .listen:first-child"));
            if (code.equals("ht")) {
                assertTrue(bars.isEmpty(), "a voice that runs on a server is never used: nothing leaves the device");
                return;
            }
            assertEquals(1, bars.size(), "one Listen bar at the top of the main content");
            List<WebElement> buttons = bars.get(0).findElements(By.tagName("button"));
            assertEquals(2, buttons.size());
            WebElement play = buttons.get(0), stop = buttons.get(1);
            assertEquals(text(content, l, "languages.listen"), play.getText());
            assertFalse(stop.isDisplayed(), "Stop is shown only while reading");

            play.click();
            @SuppressWarnings("unchecked")
            List<Object> log = (List<Object>) b.script("return window.__speech");
            List<Map<String, Object>> spoken = log.stream().filter(e -> e instanceof Map).map(e -> {
                @SuppressWarnings("unchecked") Map<String, Object> m = (Map<String, Object>) e;
                return m;
            }).toList();
            String voiceLang = l.locale().toLanguageTag().replace("-Hans", "");
            assertFalse(spoken.isEmpty(), "the page is read");
            assertTrue(spoken.stream().allMatch(m -> voiceLang.equals(m.get("lang")) && voiceLang.equals(m.get("voice"))),
                    "read with the voice of " + voiceLang + ": " + spoken);
            String h1 = b.driver.findElement(By.cssSelector("#main h1")).getText();
            assertEquals(h1.replaceAll("\\s+", " "), ((String) spoken.get(0).get("text")).replaceAll("[\\s\u00A0\u202F]+", " "),
                    "reading starts with the heading, not the buttons");
            assertTrue(spoken.stream().noneMatch(m -> m.get("text").equals(text(content, l, "languages.listen"))));
            assertEquals(text(content, l, "languages.pause"), play.getText());
            assertTrue(stop.isDisplayed());
            assertEquals(List.of(), new Accessibility(b).axe(), "axe with the Listen bar shown");

            play.click();
            assertEquals(text(content, l, "languages.resume"), play.getText());
            play.click();
            assertEquals(text(content, l, "languages.pause"), play.getText());
            stop.click();
            assertEquals(text(content, l, "languages.listen"), play.getText());
            assertFalse(stop.isDisplayed());
            List<Object> after = (List<Object>) b.script("return window.__speech");
            List<Object> controls = after.stream().filter(e -> e instanceof String).toList();
            assertEquals(List.of("cancel", "pause", "resume", "cancel"), controls, "cancel before reading, then pause, resume, stop");
        });
    }
}
