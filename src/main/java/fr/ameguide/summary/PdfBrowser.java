package fr.ameguide.summary;

import com.fasterxml.jackson.databind.JsonNode;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * One long-lived headless Chromium that prints HTML given from memory to PDF, driven over the DevTools
 * protocol through a pipe. The page is set with {@code Page.setDocumentContent} into an about:blank tab
 * of a private, in-memory browser context: no file holds it. Script is off, the network is emulated
 * offline, every URL is blocked (http, https, file…) and no host name resolves, so a summary can reach
 * nothing and nothing can reach it. Chromium's own background services (updates, safe browsing,
 * metrics, sync…) are switched off by flag and it gets an empty environment (no API keys).
 */
final class PdfBrowser implements AutoCloseable {
    /** Debian's /usr/bin/chromium is a shell script that adds flags and Google API keys: the binary is used. */
    private static final Path DEBIAN_WRAPPER = Path.of("/usr/bin/chromium");
    private static final Path DEBIAN_BINARY = Path.of("/usr/lib/chromium/chromium");
    /** What an empty tab holds between two summaries: nothing of the previous person. */
    private static final String BLANK = "<!DOCTYPE html><html><head><title></title></head><body></body></html>";

    private final Process process;
    private final DevToolsPipe devtools;
    private final String session;
    private final String frame;
    private int renders;

    private PdfBrowser(Process process, DevToolsPipe devtools, String session, String frame) {
        this.process = process;
        this.devtools = devtools;
        this.session = session;
        this.frame = frame;
    }

    /** The flags: headless, a pipe for DevTools, no network features, a private profile. */
    static List<String> flags(Path profile) {
        return List.of("--headless", "--remote-debugging-pipe", "--no-sandbox", "--disable-gpu", "--disable-quic",
                "--no-first-run", "--no-default-browser-check", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--disable-extensions", "--disable-default-apps",
                "--disable-domain-reliability", "--disable-client-side-phishing-detection", "--disable-breakpad",
                "--disable-crash-reporter", "--allow-browser-signin=false", "--no-pings", "--disable-pings", "--disable-notifications",
                "--disable-features=Translate,OptimizationHints,MediaRouter,DialMediaRouteProvider,"
                        + "AutofillServerCommunication,CertificateTransparencyComponentUpdater,NetworkTimeServiceQuerying,"
                        + "SafeBrowsing,InterestFeedContentSuggestions,PrivacySandboxSettings4",
                "--host-resolver-rules=MAP * ~NOTFOUND", "--disk-cache-size=1", "--mute-audio", "--hide-scrollbars",
                "--user-data-dir=" + profile, "about:blank");
    }

    static String executable(String configured) {
        Path p = Path.of(configured);
        if (p.equals(DEBIAN_WRAPPER) && Files.isExecutable(DEBIAN_BINARY)) {
            return DEBIAN_BINARY.toString();
        }
        return configured;
    }

    /**
     * Starts Chromium. {@code prefix} goes before the browser's path (tests put strace there).
     * The shell only moves the two pipes to fds 3 and 4 and then becomes the browser.
     */
    static PdfBrowser start(List<String> prefix, String chromium, Path profile, long timeoutMillis)
            throws IOException, InterruptedException, TimeoutException {
        List<String> command = new ArrayList<>(List.of("/bin/sh", "-c", "exec \"$@\" 3<&0 4>&1 0</dev/null 1>/dev/null", "sh"));
        command.addAll(prefix);
        command.add(executable(chromium));
        command.addAll(flags(profile));
        ProcessBuilder builder = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD);
        Map<String, String> env = builder.environment();
        String path = env.getOrDefault("PATH", "/usr/bin:/bin");
        env.clear();
        env.put("PATH", path);
        env.put("HOME", profile.toString());
        env.put("XDG_CONFIG_HOME", profile.resolve("config").toString());
        env.put("XDG_CACHE_HOME", profile.resolve("cache").toString());
        env.put("LANG", "C.UTF-8");
        Process process = builder.start();
        DevToolsPipe devtools = new DevToolsPipe(process.getOutputStream(), process.getInputStream(),
                "pdf-devtools-" + process.pid());
        try {
            String context = devtools.call(null, "Target.createBrowserContext", Map.of(), timeoutMillis)
                    .path("browserContextId").asText();
            String target = devtools.call(null, "Target.createTarget", Map.of("url", "about:blank", "browserContextId", context),
                    timeoutMillis).path("targetId").asText();
            String session = devtools.call(null, "Target.attachToTarget", Map.of("targetId", target, "flatten", true),
                    timeoutMillis).path("sessionId").asText();
            devtools.call(session, "Emulation.setScriptExecutionDisabled", Map.of("value", true), timeoutMillis);
            devtools.call(session, "Network.enable", Map.of(), timeoutMillis);
            devtools.call(session, "Network.emulateNetworkConditions", Map.of("offline", true, "latency", 0,
                    "downloadThroughput", 0, "uploadThroughput", 0), timeoutMillis);
            devtools.call(session, "Network.setBlockedURLs", Map.of("urls", List.of("*")), timeoutMillis);
            devtools.call(session, "Page.enable", Map.of(), timeoutMillis);
            String frame = devtools.call(session, "Page.getFrameTree", Map.of(), timeoutMillis)
                    .path("frameTree").path("frame").path("id").asText();
            return new PdfBrowser(process, devtools, session, frame);
        } catch (IOException | TimeoutException | InterruptedException | RuntimeException e) {
            devtools.close();
            kill(process);
            throw e;
        }
    }

    boolean alive() {
        return process.isAlive() && devtools.open();
    }

    int renders() {
        return renders;
    }

    long pid() {
        return process.pid();
    }

    /** The page printed to PDF (A4 unless its stylesheet says otherwise), then the tab emptied. */
    byte[] print(String html, long timeoutMillis) throws IOException, InterruptedException, TimeoutException {
        renders++;
        try {
            devtools.call(session, "Page.setDocumentContent", Map.of("frameId", frame, "html", html), timeoutMillis);
            JsonNode pdf = devtools.call(session, "Page.printToPDF", Map.of("preferCSSPageSize", true,
                    "paperWidth", 8.27, "paperHeight", 11.69, "displayHeaderFooter", false, "printBackground", false,
                    "generateTaggedPDF", true), timeoutMillis);
            return Base64.getDecoder().decode(pdf.path("data").asText());
        } finally {
            if (alive()) {
                devtools.call(session, "Page.setDocumentContent", Map.of("frameId", frame, "html", BLANK), timeoutMillis);
            }
        }
    }

    @Override
    public void close() {
        devtools.close(); // Chromium quits when its pipe closes
        try {
            if (!process.waitFor(2, TimeUnit.SECONDS)) {
                kill(process);
            }
        } catch (InterruptedException e) {
            kill(process);
            Thread.currentThread().interrupt();
        }
    }

    private static void kill(Process process) {
        process.descendants().forEach(ProcessHandle::destroyForcibly);
        process.destroyForcibly();
    }
}
