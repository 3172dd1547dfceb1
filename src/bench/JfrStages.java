import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordingFile;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What one request costs, stage by stage, from a JFR recording's CPU samples:
 * {@code java src/bench/JfrStages.java recording.jfr REQUESTS CPU_MILLIS} (src/bench/profile.sh runs it).
 * A sample counts for the innermost stage found in its stack; the record must use a deep stack
 * (-XX:FlightRecorderOptions:stackdepth=2048) or Qute's deep stacks are cut before the stage is seen.
 * Java samples come every 10 ms, native ones (zlib) every 20 ms in JFR's "profile" settings, so a native
 * sample in Deflater weighs two. The process's CPU time (GC and compiler threads included) is shared out
 * in proportion; what no request thread shows (GC, JIT) is printed apart.
 */
public class JfrStages {
    record Stage(String name, List<String> prefixes) {
    }

    // Innermost first: a sample in Deflater called from a template is compression, not template.
    static final List<Stage> STAGES = List.of(
            new Stage("gzip compression", List.of("java.util.zip.Deflater", "io.netty.handler.codec.compression")),
            new Stage("ICU formatting (messages, dates, numbers)", List.of("com.ibm.icu.")),
            new Stage("HTML escaping, French terms marked", List.of("fr.ameguide.web.Html.")),
            new Stage("eligibility core (assessment)", List.of("fr.ameguide.eligibility.", "fr.ameguide.questionnaire.FormAssessor.")),
            new Stage("wording (Explanation, Wording)", List.of("fr.ameguide.result.")),
            new Stage("template rendering (Qute)", List.of("io.quarkus.qute.", "fr.ameguide.web.Page")),
            new Stage("page cache", List.of("fr.ameguide.cache.")),
            new Stage("HTTP, routing, framework", List.of("io.netty.", "io.vertx.", "org.jboss.resteasy.", "io.quarkus.", "org.jboss.threads.")));

    public static void main(String[] args) throws Exception {
        long requests = Long.parseLong(args[1]);
        double cpuMillis = Double.parseDouble(args[2]);
        Map<String, Integer> counts = new LinkedHashMap<>();
        STAGES.forEach(s -> counts.put(s.name(), 0));
        counts.put("other", 0);
        int total = 0;
        int others = 0;
        for (RecordedEvent e : RecordingFile.readAllEvents(Path.of(args[0]))) {
            String type = e.getEventType().getName();
            boolean java = type.equals("jdk.ExecutionSample");
            if (!(java || type.equals("jdk.NativeMethodSample")) || e.getStackTrace() == null) {
                continue;
            }
            String thread = e.getThread("sampledThread") == null ? "" : e.getThread("sampledThread").getJavaName();
            boolean requestThread = thread != null && (thread.startsWith("executor-thread") || thread.startsWith("vert.x-eventloop"));
            String stage = stageOf(e.getStackTrace().getFrames());
            if (!java) {
                if (requestThread && stage.equals("gzip compression")) {
                    counts.merge(stage, 2, Integer::sum);
                    total += 2;
                }
                continue;
            }
            if (!requestThread) {
                others++;
                continue;
            }
            total++;
            counts.merge(stage, 1, Integer::sum);
        }
        double perSample = cpuMillis * 1000 / requests / Math.max(1, total + others);
        System.out.printf("%.0f µs of CPU per request (process CPU time / requests); %d samples on request threads%n",
                cpuMillis * 1000 / requests, total);
        for (var c : counts.entrySet()) {
            System.out.printf("  %-45s %5.1f%%  %6.0f µs/request%n", c.getKey(), 100.0 * c.getValue() / Math.max(1, total + others),
                    c.getValue() * perSample);
        }
        System.out.printf("  %-45s %5.1f%%  %6.0f µs/request (Java samples only: GC and JIT run native)%n",
                "other threads", 100.0 * others / Math.max(1, total + others), others * perSample);
    }

    static String stageOf(List<RecordedFrame> frames) {
        for (RecordedFrame f : frames) { // innermost frame first
            String m = f.getMethod().getType().getName() + "." + f.getMethod().getName();
            for (Stage s : STAGES) {
                for (String p : s.prefixes()) {
                    if (m.startsWith(p)) {
                        return s.name();
                    }
                }
            }
        }
        return "other";
    }
}
