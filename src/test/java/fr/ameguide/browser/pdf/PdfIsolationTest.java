package fr.ameguide.browser.pdf;

import fr.ameguide.summary.SummaryPdf;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The PDF browser reaches nothing: Chromium runs under strace (every process it forks; socket and
 * file-opening calls, each descriptor shown with its protocol and addresses) and prints a page that
 * asks for Google's hosts, an IP address, a file:// URL and script. The trace must show no TCP
 * connection attempted to any Internet address, not one datagram sent to one (so no DNS query), and
 * no opening of the file the page points to. The one Internet call Chromium makes is its resolver's
 * IPv6 probe, a connect() on a UDP socket, which sends nothing: it is allowed as long as nothing is
 * ever sent. Needs strace (apt-get install strace).
 */
@QuarkusTest
@TestProfile(PdfIsolationTest.UnderStrace.class)
class PdfIsolationTest {
    static final Path TRACE = Path.of("target/pdf-strace.log").toAbsolutePath();
    static final Path PROBE = Path.of("target/pdf-probe-" + ProcessHandle.current().pid() + ".html").toAbsolutePath();

    public static class UnderStrace implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("ameguide.pdf.chromium", "/usr/bin/chromium", "ameguide.pdf.timeout-seconds", "60",
                    "ameguide.pdf.launcher", "/usr/bin/strace -f -qq -yy -s 64 -e trace=connect,sendto,sendmsg,sendmmsg,open,openat -o " + TRACE);
        }
    }

    @Inject
    SummaryPdf pdf;

    @Test
    void theBrowserReachesNoHostAndNoFile() throws Exception {
        assertTrue(Files.isExecutable(Path.of("/usr/bin/strace")), "this check needs strace: apt-get install strace");
        Files.writeString(PROBE, "<p>secret</p>");
        Files.deleteIfExists(TRACE);
        String hostile = "<!DOCTYPE html><html lang=fr><head><meta charset=utf-8>"
                + "<link rel=stylesheet href=\"https://fonts.googleapis.com/css?family=Roboto\">"
                + "<style>@import url(https://www.gstatic.com/x.css);body{background:url(" + PROBE.toUri() + ")}</style>"
                + "<meta http-equiv=refresh content=\"0;url=https://www.google.com/\"></head><body>"
                + "<p>Résumé pour la CPAM</p><img src=\"https://www.google.com/images/branding/logo.png\" alt=\"\">"
                + "<img src=\"http://93.184.216.34/x.png\" alt=\"\"><iframe src=\"" + PROBE.toUri() + "\"></iframe>"
                + "<script>fetch('https://clients2.google.com/');document.write('script ran')</script></body></html>";
        byte[] printed = pdf.render(hostile);
        assertNotNull(printed, "the traced browser printed");
        assertTrue(new String(printed, 0, 5, StandardCharsets.ISO_8859_1).equals("%PDF-"));
        pdf.render("<p>Résumé pour la CPAM</p>"); // a second render in the same browser
        List<String> trace = Files.readAllLines(TRACE, StandardCharsets.ISO_8859_1);
        assertTrue(trace.stream().anyMatch(l -> l.contains("/usr/share/fonts")), "the trace covers the browser's renderer");
        Pattern internetConnect = Pattern.compile("connect\\(\\d+<([A-Z]+v?6?):.*(AF_INET|AF_INET6)");
        Pattern internetSocket = Pattern.compile("<(TCP|TCPv6|UDP|UDPv6|UDPLITE|UDPLITEv6):");
        for (String line : trace) {
            var c = internetConnect.matcher(line);
            if (c.find()) {
                assertTrue(c.group(1).startsWith("UDP"), "a connection to the Internet: " + line);
            } else {
                assertFalse(line.matches(".*connect\\(.*(AF_INET|AF_INET6).*"), "a connection to the Internet: " + line);
            }
            if (line.matches("^\\d+\\s+(sendto|sendmsg|sendmmsg)\\(.*")) {
                assertFalse(internetSocket.matcher(line).find(), "something sent to the Internet: " + line);
            }
            assertFalse(line.toLowerCase().contains("google") || line.contains("gstatic"), "Google: " + line);
            assertFalse(line.contains(PROBE.getFileName().toString()), "the file:// URL was opened: " + line);
        }
        assertTrue(trace.stream().anyMatch(PdfIsolationTest::localSend), "the trace shows the browser's own (local) messages, so sends are traced");
        System.out.println("strace: " + trace.size() + " calls traced, none to the network");
    }

    /** strace pads the process id to the width of the largest: "3064  sendmsg(" as well as "30641 sendmsg(". */
    private static boolean localSend(String line) {
        return line.matches("^\\d+\\s+(sendto|sendmsg)\\(\\d+<(UNIX|NETLINK).*");
    }
}
