package fr.ameguide.summary;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The PDF engine's promises that hold without a browser (the browser profile's PdfEngineBrowserTest
 * checks them with Chromium): many PDFs at once all answer, and nothing of an earlier, killed process
 * stays on disk.
 */
@QuarkusTest
class PdfEngineTest {
    @Test
    void thirtyPdfsAtOnceAllAnswerWithoutABrowser() throws Exception {
        PdfLoad.Outcome o = PdfLoad.thirtyAtOnce("fr");
        assertEquals(0, o.pdfs(), "no browser here: " + o);
        assertEquals(30, o.printablePages(), o.toString());
    }

    @Test
    void profilesLeftByAKilledProcessAreDeletedAtStart(@TempDir Path tmp) throws Exception {
        Process gone = new ProcessBuilder("true").start();
        gone.waitFor(10, TimeUnit.SECONDS);
        Process running = new ProcessBuilder("sleep", "30").start();
        try {
            Path dead = Files.createDirectories(tmp.resolve(SummaryPdf.PROFILE_PREFIX + gone.pid() + "-123/Default"));
            Files.writeString(dead.resolve("Preferences"), "{}");
            Path mine = Files.createDirectories(tmp.resolve(SummaryPdf.PROFILE_PREFIX + ProcessHandle.current().pid() + "-456"));
            Path alive = Files.createDirectories(tmp.resolve(SummaryPdf.PROFILE_PREFIX + running.pid() + "-789"));
            Path other = Files.createDirectories(tmp.resolve("someone-else-" + gone.pid()));

            SummaryPdf.wipeProfilesOfDeadProcesses(tmp);

            assertFalse(Files.exists(dead.getParent()), "a killed process's profile is deleted");
            assertFalse(Files.exists(mine), "one with this process's number is from an earlier run (a container's process 1)");
            assertTrue(Files.exists(alive), "a running process's profile is left alone");
            assertTrue(Files.exists(other), "other folders are left alone");
        } finally {
            running.destroyForcibly();
        }
    }
}
