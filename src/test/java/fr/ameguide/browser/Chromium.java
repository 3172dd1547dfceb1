package fr.ameguide.browser;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.stream.Stream;

/**
 * One headless Debian Chromium driven by Debian's chromedriver: nothing is downloaded at run time, and a
 * missing browser fails the suite (it never skips). Each instance has a fresh profile folder, removed on
 * close. With {@code javascript=false} the browser runs no script at all, as for people who turn it off.
 */
final class Chromium implements AutoCloseable {
    static final Path SCREENSHOTS = Path.of("target", "browser-screenshots");
    /** The flags that work on these machines (shared/notes/stack.md). */
    static final List<String> FLAGS = List.of("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic",
            "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync");
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration WAIT = Duration.ofSeconds(15);

    final ChromeDriver driver;
    final boolean javascript;
    private final boolean networkLog;
    private final Path profile;

    private Chromium(ChromeDriver driver, boolean javascript, boolean networkLog, Path profile) {
        this.driver = driver;
        this.javascript = javascript;
        this.networkLog = networkLog;
        this.profile = profile;
    }

    static Chromium start(boolean javascript) {
        return start(javascript, false);
    }

    /** @param networkLog whether to keep chromedriver's performance log of network events (see {@link #requests()}) */
    static Chromium start(boolean javascript, boolean networkLog) {
        Path browser = executable("chromium.binary", "/usr/bin/chromium", "chromium");
        Path chromedriver = executable("chromedriver.binary", "/usr/bin/chromedriver", "chromium-driver");
        Path profile;
        try {
            profile = Files.createTempDirectory("ame-chromium-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(browser.toFile());
        options.addArguments(FLAGS);
        options.addArguments("--user-data-dir=" + profile, "--window-size=1024,900");
        if (!javascript) {
            options.setExperimentalOption("prefs", Map.of("profile.managed_default_content_settings.javascript", 2));
        }
        if (networkLog) {
            LoggingPreferences logs = new LoggingPreferences();
            logs.enable(LogType.PERFORMANCE, Level.ALL);
            options.setCapability("goog:loggingPrefs", logs);
            options.setExperimentalOption("perfLoggingPrefs", Map.of("enableNetwork", true, "enablePage", false));
        }
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(chromedriver.toFile()).usingAnyFreePort().build();
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30)).scriptTimeout(Duration.ofSeconds(60));
        Chromium chromium = new Chromium(driver, javascript, networkLog, profile);
        try {
            chromium.checkJavascript();
        } catch (RuntimeException | Error e) {
            chromium.close();
            throw e;
        }
        return chromium;
    }

    private static Path executable(String property, String fallback, String debianPackage) {
        Path p = Path.of(System.getProperty(property, fallback));
        if (!Files.isExecutable(p)) {
            throw new AssertionError("The browser suites need " + p + ": apt-get install chromium chromium-driver"
                    + " (package " + debianPackage + "), or set -D" + property + "=PATH. They never skip.");
        }
        return p;
    }

    /** Proves the JavaScript switch works: a data: page whose script would change its own text. */
    private void checkJavascript() {
        driver.get("data:text/html;charset=utf-8,<p id=p>off</p><script>document.getElementById('p').textContent='on'</script>");
        String seen = driver.findElement(By.id("p")).getText();
        if (!seen.equals(javascript ? "on" : "off")) {
            throw new AssertionError("JavaScript should be " + (javascript ? "on" : "off") + " but a page saw " + seen);
        }
        if (networkLog) {
            requests();
        }
    }

    /** Runs a script at the start of every page from now on (before the page's own), without a request. */
    void onEveryPage(String source) {
        driver.executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source", source));
    }

    void open(String url) {
        driver.get(url);
    }

    /** A browser the size of a small phone: 360×640 CSS pixels, as the first-screen gates measure. */
    static Chromium phone() {
        Chromium b = start(true);
        b.driver.executeCdpCommand("Emulation.setDeviceMetricsOverride",
                Map.of("width", ActNowBrowserTest.WIDTH, "height", ActNowBrowserTest.HEIGHT, "deviceScaleFactor", 2, "mobile", true));
        return b;
    }

    /** Posts fields the way a form of the site does, from one of its pages, and waits for the answer. */
    void post(String fromPage, String action, Map<String, String> fields) {
        open(fromPage);
        script("""
                var f = document.createElement('form'); f.method = 'post'; f.action = arguments[0];
                Object.entries(arguments[1]).forEach(function (e) {
                  var i = document.createElement('input'); i.type = 'hidden'; i.name = e[0]; i.value = e[1]; f.appendChild(i); });
                var s = document.createElement('button'); s.type = 'submit'; s.id = 'go-test'; s.textContent = 'go'; f.appendChild(s);
                document.body.appendChild(f);""", action, fields);
        clickAndWait(driver.findElement(By.id("go-test")));
    }

    /** Clicks something that loads a new page, and waits until the old page is gone. */
    void clickAndWait(WebElement element) {
        WebElement html = driver.findElement(By.tagName("html"));
        element.click();
        waitForNewPage(html);
    }

    /** Presses a key that loads a new page (Enter on a link or a submit button), and waits. */
    void pressAndWait(CharSequence key) {
        WebElement html = driver.findElement(By.tagName("html"));
        press(key);
        waitForNewPage(html);
    }

    void press(CharSequence... keys) {
        new Actions(driver).sendKeys(keys).perform();
    }

    void tab() {
        press(Keys.TAB);
    }

    WebElement active() {
        return driver.switchTo().activeElement();
    }

    /** Waits until the old page is replaced and the new one loaded (polling often: pages are fast). */
    private void waitForNewPage(WebElement oldHtml) {
        WebDriverWait wait = new WebDriverWait(driver, WAIT, Duration.ofMillis(20));
        wait.until(d -> {
            try {
                oldHtml.isEnabled();
                return false;
            } catch (WebDriverException gone) {
                return true;
            }
        });
        wait.ignoring(WebDriverException.class).until(d -> "complete".equals(
                ((JavascriptExecutor) d).executeScript("return document.readyState")));
    }

    Object script(String script, Object... args) {
        return driver.executeScript(script, args);
    }

    String path() {
        return java.net.URI.create(driver.getCurrentUrl()).getPath();
    }

    /** Every URL the browser asked for since the last call, from chromedriver's performance log. */
    List<String> requests() {
        if (!networkLog) {
            throw new IllegalStateException("start Chromium with its network log");
        }
        List<String> urls = new ArrayList<>();
        for (LogEntry e : driver.manage().logs().get(LogType.PERFORMANCE)) {
            try {
                JsonNode m = JSON.readTree(e.getMessage()).path("message");
                String method = m.path("method").asText();
                if (method.equals("Network.requestWillBeSent")) {
                    urls.add(m.path("params").path("request").path("url").asText());
                } else if (method.equals("Network.webSocketCreated")) {
                    urls.add(m.path("params").path("url").asText());
                }
            } catch (IOException ex) {
                throw new UncheckedIOException(ex);
            }
        }
        return urls;
    }

    /**
     * Saves a screenshot and the page's HTML to target/browser-screenshots/, prints where, and returns
     * the screenshot's path.
     */
    Path screenshot(String name) {
        String safe = name.replaceAll("[^A-Za-z0-9._-]+", "-");
        try {
            Files.createDirectories(SCREENSHOTS);
            Path png = SCREENSHOTS.resolve(safe + ".png");
            Files.write(png, driver.getScreenshotAs(OutputType.BYTES));
            Files.writeString(SCREENSHOTS.resolve(safe + ".html"), driver.getPageSource(), StandardCharsets.UTF_8);
            System.out.println("[browser] screenshot of the failure: " + png.toAbsolutePath()
                    + " (page was " + driver.getCurrentUrl() + ")");
            return png;
        } catch (IOException | RuntimeException e) {
            System.out.println("[browser] could not save a screenshot for " + name + ": " + e);
            return null;
        }
    }

    interface Steps {
        void run() throws Exception;
    }

    /** Runs a scenario; on any failure saves a screenshot (and prints its path), then fails as it did. */
    void scenario(String name, Steps steps) throws Exception {
        try {
            steps.run();
        } catch (Throwable t) {
            screenshot(name);
            throw t;
        }
    }

    @Override
    public void close() {
        try {
            driver.quit();
        } finally {
            try (Stream<Path> files = Files.walk(profile)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            } catch (IOException ignored) {
                // a profile folder left in /tmp is harmless
            }
        }
    }
}
