package fr.ameguide.i18n;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The stream reader of XLIFF reads every file of the repository exactly as a DOM reading does (the way
 * the site read them until it was found to cost half of the content's loading time).
 */
class XliffReaderTest {
    @Test
    void everyRepositoryFileReadsAsWithADom() throws Exception {
        List<Path> files;
        try (Stream<Path> s = Files.walk(Path.of("translations"))) {
            files = s.filter(p -> p.toString().endsWith(".xlf")).sorted().toList();
        }
        assertTrue(files.size() >= 18 * 4, files.size() + " files");
        int strings = 0;
        for (Path f : files) {
            Map<String, Message> expected;
            try (InputStream in = Files.newInputStream(f)) {
                expected = withDom(in);
            }
            Map<String, Message> read;
            try (InputStream in = Files.newInputStream(f)) {
                read = TranslationFiles.readXliff(in);
            }
            assertEquals(expected, read, f.toString());
            assertEquals(List.copyOf(expected.keySet()), List.copyOf(read.keySet()), f + ": same order");
            strings += read.size();
        }
        assertTrue(strings > 10_000, strings + " strings");
    }

    @Test
    void inlineMarkupEntitiesAndAltTransReadAsWithADom() throws Exception {
        String xliff = """
                <?xml version="1.0" encoding="UTF-8"?>
                <xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2"><file original="x" source-language="fr" target-language="ar" datatype="plaintext"><body>
                <trans-unit id="a" approved="yes"><source>A &amp; <g id="1">B</g></source><target>أ &lt; <g id="1">ب</g><![CDATA[ {n} ]]></target>
                  <alt-trans><source>autre</source><target state="final">آخر</target></alt-trans></trans-unit>
                <trans-unit id="b"><source>Non</source><target state="signed-off">لا</target></trans-unit>
                <trans-unit id="c"><source>Oui</source></trans-unit>
                </body></file></xliff>""";
        byte[] bytes = xliff.getBytes(StandardCharsets.UTF_8);
        Map<String, Message> read = TranslationFiles.readXliff(new ByteArrayInputStream(bytes));
        assertEquals(withDom(new ByteArrayInputStream(bytes)), read);
        assertEquals("أ < ب {n} ", read.get("a").pattern());
        assertEquals("A & B", read.get("a").madeFrom());
        assertEquals(TranslationState.REVIEWED, read.get("a").state());
        assertEquals(TranslationState.REVIEWED, read.get("b").state());
        assertEquals(List.of("a", "b"), List.copyOf(read.keySet()));
    }

    /** The former reader, kept here as the reference. */
    static Map<String, Message> withDom(InputStream in) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        NodeList units = f.newDocumentBuilder().parse(in).getElementsByTagNameNS("*", "trans-unit");
        Map<String, Message> out = new LinkedHashMap<>();
        for (int i = 0; i < units.getLength(); i++) {
            Element unit = (Element) units.item(i);
            String id = unit.getAttribute("id");
            Element source = child(unit, "source");
            Element target = child(unit, "target");
            if (target == null || target.getTextContent().isEmpty()) {
                continue;
            }
            String state = target.getAttribute("state");
            boolean reviewed = "final".equals(state) || "signed-off".equals(state) || "yes".equals(unit.getAttribute("approved"));
            out.put(id, new Message(id, target.getTextContent(), source == null ? "" : source.getTextContent(),
                    reviewed ? TranslationState.REVIEWED : TranslationState.DRAFT));
        }
        return out;
    }

    private static Element child(Element parent, String name) {
        NodeList list = parent.getElementsByTagNameNS("*", name);
        return list.getLength() == 0 ? null : (Element) list.item(0);
    }
}
