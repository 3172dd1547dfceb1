package fr.ameguide.config;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The packaged site (target/quarkus-app, as the Dockerfile runs it) started with bad or missing production
 * settings: it exits with status 1 and one clear message, no stack trace. Started with good ones, it listens.
 */
class PackagedStartIT {
    private static final Path JAR = Path.of("target/quarkus-app/quarkus-run.jar");
    private static final String GOOD_KEY = "q83vEjRWeJCrze8SNFZ4kKvN7xI0VniQq83vEjRWeJA=";

    private record Run(int exit, String output) {
    }

    /** Starts the packaged site with only the given AMEGUIDE_ variables; waits at most 60 s for it to end. */
    private static Run start(Map<String, String> settings, boolean stopOnceListening) throws IOException, InterruptedException {
        assertTrue(Files.exists(JAR), "package first: " + JAR);
        Path out = Files.createTempFile("packaged-start", ".log");
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx128m", "-Dquarkus.http.host=127.0.0.1", "-Dquarkus.http.port=0", "-jar", JAR.toString()));
        ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(out.toFile());
        pb.environment().keySet().removeIf(k -> k.startsWith("AMEGUIDE_") || k.startsWith("QUARKUS_"));
        pb.environment().putAll(settings);
        Process p = pb.start();
        try {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            while (p.isAlive() && System.nanoTime() < deadline) {
                if (stopOnceListening && Files.readString(out, StandardCharsets.UTF_8).contains("Listening on")) {
                    p.destroy();
                }
                p.waitFor(200, TimeUnit.MILLISECONDS);
            }
            assertFalse(p.isAlive(), "the site neither started nor stopped within 60 s:\n" + Files.readString(out));
            return new Run(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8));
        } finally {
            p.destroyForcibly();
            Files.deleteIfExists(out);
        }
    }

    private static void assertOneClearMessage(Run run) {
        assertEquals(1, run.exit(), run.output());
        assertTrue(run.output().contains("AME Guide cannot start:"), run.output());
        assertFalse(run.output().contains("\tat "), "no stack trace:\n" + run.output());
        assertFalse(run.output().contains("Exception"), "no exception name:\n" + run.output());
        assertFalse(run.output().contains("Listening on"), run.output());
    }

    @Test
    void withoutSettingsItRefusesToStartAndNamesBoth() throws Exception {
        Run run = start(Map.of(), false);
        assertOneClearMessage(run);
        assertTrue(run.output().contains("AMEGUIDE_PUBLIC_URL (ameguide.public-url) is not set"), run.output());
        assertTrue(run.output().contains("AMEGUIDE_LINK_KEY (ameguide.link-key) is not set"), run.output());
    }

    @Test
    void withAnInvalidKeyItRefusesToStartWithoutPrintingTheKey() throws Exception {
        String bad = "c2hvcnQta2V5"; // base64 of 9 bytes
        Run run = start(Map.of("AMEGUIDE_PUBLIC_URL", "https://ame-guide.example.org", "AMEGUIDE_LINK_KEY", bad), false);
        assertOneClearMessage(run);
        assertTrue(run.output().contains("AMEGUIDE_LINK_KEY (ameguide.link-key) decodes to 9 bytes instead of 32"), run.output());
        assertFalse(run.output().contains(bad), "the key is a secret:\n" + run.output());
        assertFalse(run.output().contains("AMEGUIDE_PUBLIC_URL"), "the address is fine:\n" + run.output());
    }

    @Test
    void withAPlainHttpAddressItRefusesToStart() throws Exception {
        Run run = start(Map.of("AMEGUIDE_PUBLIC_URL", "http://ame-guide.example.org", "AMEGUIDE_LINK_KEY", GOOD_KEY), false);
        assertOneClearMessage(run);
        assertTrue(run.output().contains("AMEGUIDE_PUBLIC_URL (ameguide.public-url) is \"http://ame-guide.example.org\": it must start with https://"),
                run.output());
    }

    @Test
    void withGoodSettingsItStarts() throws Exception {
        Run run = start(Map.of("AMEGUIDE_PUBLIC_URL", "https://ame-guide.example.org", "AMEGUIDE_LINK_KEY", GOOD_KEY), true);
        assertTrue(run.output().contains("Listening on"), run.output());
        assertFalse(run.output().contains("cannot start"), run.output());
    }
}
