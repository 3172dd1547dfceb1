import javax.xml.parsers.DocumentBuilderFactory;
import java.io.FileInputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;

/**
 * Merges a draft translation (UTF-8 properties, key=text) into translations/LANG/COMPONENT.xlf,
 * recording for each string the French it was made from. Run from the repository's top:
 *
 *   java src/tools/java/XliffDraft.java LANG COMPONENT DRAFT.properties [--reviewed]
 *
 * Without --reviewed the strings are marked as unreviewed machine drafts
 * (state="needs-review-translation" state-qualifier="mt-suggestion"); with it, state="final".
 * Strings already in the XLIFF and absent from the draft are kept as they are.
 */
public class XliffDraft {
    public static void main(String[] args) throws Exception {
        if (args.length < 3) {
            System.err.println("usage: java src/tools/java/XliffDraft.java LANG COMPONENT DRAFT.properties [--reviewed]");
            System.exit(2);
        }
        String lang = args[0];
        String component = args[1];
        boolean reviewed = List.of(args).contains("--reviewed");
        Properties french = load(Path.of("translations/fr/" + component + ".properties"));
        Properties draft = load(Path.of(args[2]));
        Path xlf = Path.of("translations/" + lang + "/" + component + ".xlf");

        Map<String, String[]> units = new LinkedHashMap<>(); // key -> {source, target, state}
        if (Files.exists(xlf)) {
            var doc = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(xlf.toFile());
            var list = doc.getElementsByTagName("trans-unit");
            for (int i = 0; i < list.getLength(); i++) {
                var u = (org.w3c.dom.Element) list.item(i);
                var src = u.getElementsByTagName("source").item(0);
                var tgt = (org.w3c.dom.Element) u.getElementsByTagName("target").item(0);
                units.put(u.getAttribute("id"), new String[] {
                        src == null ? "" : src.getTextContent(),
                        tgt == null ? "" : tgt.getTextContent(),
                        tgt == null ? "new" : tgt.getAttribute("state") + "|" + tgt.getAttribute("state-qualifier")});
            }
        }
        int added = 0;
        List<String> unknown = new java.util.ArrayList<>();
        for (String key : draft.stringPropertyNames()) {
            if (!french.containsKey(key)) {
                unknown.add(key);
                continue;
            }
            units.put(key, new String[] {french.getProperty(key), draft.getProperty(key),
                    reviewed ? "final|" : "needs-review-translation|mt-suggestion"});
            added++;
        }
        StringBuilder out = new StringBuilder();
        out.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
                .append("<xliff version=\"1.2\" xmlns=\"urn:oasis:names:tc:xliff:document:1.2\">\n")
                .append("  <file original=\"").append(component).append(".properties\" source-language=\"fr\" target-language=\"")
                .append(lang).append("\" datatype=\"plaintext\">\n    <body>\n");
        List<String> order = french.stringPropertyNames().stream().sorted().toList();
        for (String key : order) {
            String[] u = units.get(key);
            if (u == null) {
                continue;
            }
            String[] state = u[2].split("\\|", -1);
            out.append("      <trans-unit id=\"").append(esc(key)).append("\">\n")
                    .append("        <source>").append(esc(u[0])).append("</source>\n")
                    .append("        <target state=\"").append(state[0]).append('"');
            if (state.length > 1 && !state[1].isEmpty()) {
                out.append(" state-qualifier=\"").append(state[1]).append('"');
            }
            out.append('>').append(esc(u[1])).append("</target>\n      </trans-unit>\n");
        }
        out.append("    </body>\n  </file>\n</xliff>\n");
        Files.createDirectories(xlf.getParent());
        Files.writeString(xlf, out.toString(), StandardCharsets.UTF_8);
        System.out.println(xlf + ": " + added + " strings merged" + (unknown.isEmpty() ? "" : "; not in French, ignored: " + unknown));
    }

    static Properties load(Path p) throws Exception {
        Properties props = new Properties();
        try (var r = new InputStreamReader(new FileInputStream(p.toFile()), StandardCharsets.UTF_8)) {
            props.load(r);
        }
        return props;
    }

    static String esc(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
