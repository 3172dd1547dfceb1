package fr.ameguide.summary;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.Startup;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The summary as a PDF, printed by headless Chromium: it shapes every script the site offers (Arabic,
 * Dari and Urdu joined right to left, Bengali and Tamil conjuncts, Georgian, Chinese) with the Noto and
 * WenQuanYi fonts the project installs from Debian, and embeds them.
 *
 * <p>A small pool of long-lived browsers ({@link PdfBrowser}, driven over a DevTools pipe) prints the
 * summary from memory: no file ever holds it. A browser starts on the first PDF asked for, is replaced
 * when it dies, hangs or has printed {@code renders-per-browser} summaries, and quits after
 * {@code idle-seconds} without work. At most {@code browsers + queue} requests are let in; the others,
 * and those that cannot be served within the timeout, get null at once: the printable page instead.
 * Each browser's profile is a private folder (0700) named after this process, deleted when the browser
 * stops; folders left by a process that was killed are deleted at the next start.
 */
@ApplicationScoped
@Startup // so that a killed process's folders are deleted when the site starts, not at its first PDF
public class SummaryPdf {
    private static final Logger LOG = Logger.getLogger(SummaryPdf.class);
    static final String PROFILE_PREFIX = "ame-pdf-";
    private static final Pattern PROFILE = Pattern.compile(Pattern.quote(PROFILE_PREFIX) + "(\\d+)-.*");

    @ConfigProperty(name = "ameguide.pdf.chromium", defaultValue = "/usr/bin/chromium")
    String chromium;

    /** The longest one PDF may take, waiting included; a browser that takes longer is restarted. */
    @ConfigProperty(name = "ameguide.pdf.timeout-seconds", defaultValue = "10")
    int timeoutSeconds;

    @ConfigProperty(name = "ameguide.pdf.browsers", defaultValue = "1")
    int browsers;

    /** Requests that may wait for a browser; beyond them, the printable page at once. */
    @ConfigProperty(name = "ameguide.pdf.queue", defaultValue = "6")
    int queue;

    @ConfigProperty(name = "ameguide.pdf.renders-per-browser", defaultValue = "200")
    int rendersPerBrowser;

    @ConfigProperty(name = "ameguide.pdf.idle-seconds", defaultValue = "300")
    int idleSeconds;

    /** Words put before the browser's path, for example {@code nice -n 10}; tests trace it with strace. */
    @ConfigProperty(name = "ameguide.pdf.launcher")
    java.util.Optional<String> launcher;

    private Semaphore admitted;
    private BlockingQueue<Slot> idle;
    private final List<Slot> slots = new ArrayList<>();
    private Thread reaper;
    private List<String> prefix = List.of();

    @PostConstruct
    void init() {
        prefix = launcher.map(l -> List.of(l.trim().split("\\s+"))).filter(l -> !l.get(0).isEmpty()).orElse(List.of());
        admitted = new Semaphore(Math.max(1, browsers) + Math.max(0, queue));
        idle = new ArrayBlockingQueue<>(Math.max(1, browsers));
        for (int i = 0; i < Math.max(1, browsers); i++) {
            Slot s = new Slot();
            slots.add(s);
            idle.add(s);
        }
        wipeProfilesOfDeadProcesses(tempDir());
        reaper = new Thread(this::closeIdleBrowsers, "pdf-idle");
        reaper.setDaemon(true);
        reaper.start();
    }

    public boolean available() {
        return Files.isExecutable(Path.of(chromium));
    }

    /** @return the PDF, or null when the engine is busy, failed or took too long: then the printable page */
    public byte[] render(String html) throws InterruptedException {
        if (!admitted.tryAcquire()) {
            return null;
        }
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(timeoutSeconds);
        try {
            Slot slot = idle.poll(timeoutSeconds, TimeUnit.SECONDS);
            if (slot == null) {
                return null;
            }
            try {
                return slot.print(html, deadline);
            } finally {
                idle.add(slot);
            }
        } finally {
            admitted.release();
        }
    }

    void onStop(@Observes ShutdownEvent event) {
        close();
    }

    void close() {
        if (reaper != null) {
            reaper.interrupt();
        }
        for (Slot s : slots) {
            synchronized (s) {
                s.stop();
            }
        }
    }

    /** Browser processes running now (for tests). */
    List<Long> browserPids() {
        List<Long> pids = new ArrayList<>();
        for (Slot s : slots) {
            PdfBrowser b = s.browser;
            if (b != null && b.alive()) {
                pids.add(b.pid());
            }
        }
        return pids;
    }

    /** One place in the pool: a browser (started when needed) and its private profile. */
    private final class Slot {
        volatile PdfBrowser browser;
        Path profile;
        volatile long lastUsed = System.nanoTime();

        synchronized byte[] print(String html, long deadline) throws InterruptedException {
            lastUsed = System.nanoTime();
            for (int attempt = 0; attempt < 2; attempt++) {
                long left = TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime());
                if (left <= 0) {
                    return null;
                }
                try {
                    if (browser == null || !browser.alive() || browser.renders() >= rendersPerBrowser) {
                        stop();
                        profile = Files.createTempDirectory(tempDir(), PROFILE_PREFIX + ProcessHandle.current().pid() + "-",
                                PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
                        browser = PdfBrowser.start(prefix, chromium, profile, left);
                        left = TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime());
                    }
                    return browser.print(html, Math.max(1, left));
                } catch (TimeoutException e) {
                    LOG.warn("the PDF browser took too long: restarted");
                    stop();
                    return null;
                } catch (IOException | RuntimeException e) {
                    // The browser died (killed, crashed): one more try in a new one, within the same time.
                    LOG.warnf("the PDF browser failed (%s): restarting it", e.getMessage());
                    stop();
                } finally {
                    lastUsed = System.nanoTime();
                }
            }
            return null;
        }

        /** Stops the browser and deletes its profile. */
        void stop() {
            if (browser != null) {
                browser.close();
                browser = null;
            }
            if (profile != null) {
                delete(profile);
                profile = null;
            }
        }
    }

    private void closeIdleBrowsers() {
        try {
            while (!Thread.currentThread().isInterrupted()) {
                Thread.sleep(Math.min(60, Math.max(1, idleSeconds)) * 1000L);
                for (Slot s : slots) {
                    if (s.browser != null && System.nanoTime() - s.lastUsed > TimeUnit.SECONDS.toNanos(idleSeconds)
                            && idle.remove(s)) {
                        synchronized (s) {
                            s.stop();
                        }
                        idle.add(s);
                    }
                }
            }
        } catch (InterruptedException e) {
            // stopping
        }
    }

    static Path tempDir() {
        return Path.of(System.getProperty("java.io.tmpdir"));
    }

    /** Profiles whose process is gone (killed before it could clean up) are deleted; called once, at start. */
    static void wipeProfilesOfDeadProcesses(Path dir) {
        try (Stream<Path> entries = Files.list(dir)) {
            entries.forEach(p -> {
                Matcher m = PROFILE.matcher(p.getFileName().toString());
                if (m.matches() && m.group(1).length() < 12) {
                    long pid = Long.parseLong(m.group(1));
                    // This process has made none yet: one with its number is from an earlier run (in a
                    // container the site is often process 1 each time).
                    if (pid == ProcessHandle.current().pid() || ProcessHandle.of(pid).map(h -> !h.isAlive()).orElse(true)) {
                        delete(p);
                    }
                }
            });
        } catch (IOException | RuntimeException e) {
            LOG.debugf("could not look for old PDF profiles: %s", e.getMessage());
        }
    }

    static void delete(Path dir) {
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
        } catch (IOException | RuntimeException e) {
            // already gone
        }
    }
}
