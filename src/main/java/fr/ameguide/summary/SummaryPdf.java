package fr.ameguide.summary;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * The summary as a PDF, printed by headless Chromium: it shapes every script the site offers (Arabic,
 * Dari and Urdu joined right to left, Bengali and Tamil conjuncts, Georgian, Chinese) with the Noto and
 * WenQuanYi fonts the project installs from Debian, and embeds them. The page is a self-contained file
 * in a private temporary folder deleted at once; Chromium runs with its network features off.
 */
@ApplicationScoped
public class SummaryPdf {
    private static final Semaphore AT_ONCE = new Semaphore(2);

    @ConfigProperty(name = "ameguide.pdf.chromium", defaultValue = "/usr/bin/chromium")
    String chromium;

    @ConfigProperty(name = "ameguide.pdf.timeout-seconds", defaultValue = "60")
    int timeoutSeconds;

    public boolean available() {
        return Files.isExecutable(Path.of(chromium));
    }

    /** @return the PDF, or null when Chromium failed or took too long */
    public byte[] render(String html) throws IOException, InterruptedException {
        if (!AT_ONCE.tryAcquire(timeoutSeconds, TimeUnit.SECONDS)) {
            return null;
        }
        Path dir = Files.createTempDirectory("ame-summary-", PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
        try {
            Path page = dir.resolve("summary.html");
            Path pdf = dir.resolve("summary.pdf");
            Files.writeString(page, html, StandardCharsets.UTF_8);
            Process p = new ProcessBuilder(List.of(chromium, "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic",
                    "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync",
                    "--disable-extensions", "--disable-default-apps", "--mute-audio", "--no-pdf-header-footer",
                    "--user-data-dir=" + dir.resolve("profile"), "--print-to-pdf=" + pdf, page.toUri().toString()))
                    .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            if (!p.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                return null;
            }
            return Files.exists(pdf) && Files.size(pdf) > 0 ? Files.readAllBytes(pdf) : null;
        } finally {
            AT_ONCE.release();
            try (Stream<Path> files = Files.walk(dir)) {
                files.sorted(Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
            }
        }
    }
}
