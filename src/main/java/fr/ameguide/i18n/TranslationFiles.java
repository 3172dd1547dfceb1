package fr.ameguide.i18n;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;

/**
 * Reads the two formats translators' platforms (Weblate, Crowdin) share with us: the French source as
 * UTF-8 Java properties, every other language as XLIFF 1.2 whose {@code <source>} keeps the French a
 * string was made from and whose {@code state} says whether a person reviewed it.
 */
public final class TranslationFiles {
    private TranslationFiles() {
    }

    public static Map<String, Message> readSource(InputStream in) throws IOException {
        Properties p = new Properties();
        p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        Map<String, Message> out = new LinkedHashMap<>();
        p.stringPropertyNames().stream().sorted().forEach(k ->
                out.put(k, new Message(k, p.getProperty(k), p.getProperty(k), TranslationState.SOURCE)));
        return out;
    }

    public static Map<String, Message> readXliff(InputStream in) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        f.setNamespaceAware(true);
        Document doc = f.newDocumentBuilder().parse(in);
        NodeList units = doc.getElementsByTagNameNS("*", "trans-unit");
        Map<String, Message> out = new LinkedHashMap<>();
        for (int i = 0; i < units.getLength(); i++) {
            Element unit = (Element) units.item(i);
            String id = unit.getAttribute("id");
            Element source = child(unit, "source");
            Element target = child(unit, "target");
            if (target == null || target.getTextContent().isEmpty()) {
                continue; // not translated yet: reported as missing
            }
            String state = target.getAttribute("state");
            boolean reviewed = "final".equals(state) || "signed-off".equals(state)
                    || "yes".equals(unit.getAttribute("approved"));
            out.put(id, new Message(id, target.getTextContent(), source == null ? "" : source.getTextContent(),
                    reviewed ? TranslationState.REVIEWED : TranslationState.DRAFT));
        }
        return out;
    }

    private static Element child(Element parent, String name) {
        NodeList list = parent.getElementsByTagNameNS("*", name);
        return list.getLength() == 0 ? null : (Element) list.item(0);
    }

    /** For tests and tools: parse a properties text. */
    public static Map<String, Message> readSource(String text) throws IOException {
        return readSource(new java.io.ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
    }
}
