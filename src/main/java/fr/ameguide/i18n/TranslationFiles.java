package fr.ameguide.i18n;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamReader;
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

    /**
     * One factory for every file, no DTD and no external entity. A stream parser, because building a DOM
     * for each of the 80-odd files (a new factory each time) was half of what loading the content cost at
     * start (docs/performance.md).
     */
    private static final XMLInputFactory XML = XMLInputFactory.newFactory();

    static {
        XML.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        XML.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        XML.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
        XML.setProperty(XMLInputFactory.IS_COALESCING, true);
    }

    public static Map<String, Message> readXliff(InputStream in) throws Exception {
        XMLStreamReader r = XML.createXMLStreamReader(in);
        Map<String, Message> out = new LinkedHashMap<>();
        try {
            String id = null;
            String source = null;
            String target = null;
            String state = null;
            boolean approved = false;
            while (r.hasNext()) {
                int event = r.next();
                if (event == XMLStreamConstants.START_ELEMENT) {
                    switch (r.getLocalName()) {
                        case "trans-unit" -> {
                            id = r.getAttributeValue(null, "id");
                            approved = "yes".equals(r.getAttributeValue(null, "approved"));
                            source = null;
                            target = null;
                            state = null;
                        }
                        // The first of each in the unit: an <alt-trans> after them holds others.
                        case "source" -> {
                            if (id != null && source == null) {
                                source = text(r);
                            }
                        }
                        case "target" -> {
                            if (id != null && target == null) {
                                state = r.getAttributeValue(null, "state");
                                target = text(r);
                            }
                        }
                        default -> {
                        }
                    }
                } else if (event == XMLStreamConstants.END_ELEMENT && r.getLocalName().equals("trans-unit")) {
                    // Not translated yet: reported as missing.
                    if (target != null && !target.isEmpty()) {
                        boolean reviewed = "final".equals(state) || "signed-off".equals(state) || approved;
                        out.put(id, new Message(id, target, source == null ? "" : source,
                                reviewed ? TranslationState.REVIEWED : TranslationState.DRAFT));
                    }
                    id = null;
                }
            }
        } finally {
            r.close();
        }
        return out;
    }

    /** All the text inside the current element, nested elements included (as DOM's getTextContent). */
    private static String text(XMLStreamReader r) throws Exception {
        StringBuilder b = new StringBuilder();
        int depth = 1;
        while (depth > 0) {
            int event = r.next();
            switch (event) {
                case XMLStreamConstants.START_ELEMENT -> depth++;
                case XMLStreamConstants.END_ELEMENT -> depth--;
                case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE,
                        XMLStreamConstants.ENTITY_REFERENCE -> b.append(r.getText());
                default -> {
                }
            }
        }
        return b.toString();
    }

    /** For tests and tools: parse a properties text. */
    public static Map<String, Message> readSource(String text) throws IOException {
        return readSource(new java.io.ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
    }
}
