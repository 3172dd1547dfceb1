package fr.ameguide.summary;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** The printed summary's stylesheet: the site's, then what paper needs. */
final class PdfStyle {
    /**
     * The PDF is printed from a file with no server to ask, so its styles are inlined. Urdu is set in
     * Naskh there: Nastaliq prints well but its text cannot be copied or searched reliably. Faked bold
     * turns Chinese glyphs into poorer outlines, hence no font synthesis.
     */
    private static final String PAPER = "html,body{font-size:9pt;line-height:1.3}.summary{max-width:none;padding:0}@page{margin:9mm}"
            + ".pair{padding-block:.1rem;gap:0 1.2rem}.pair h1,.pair .h1{font-size:13pt}.pair h2,.pair .h2{font-size:10.5pt}"
            + ".pair-heading{margin-block-start:.4rem}small{font-size:8pt}.qr svg{width:28mm;height:28mm}"
            + ".qr{display:block;margin-block:2mm 0}.qr svg{float:inline-end;margin-inline-start:3mm}.qr p{max-width:none}"
            // The clerk's box: dense, in French, the first thing on the first page.
            + ".clerk{font-size:8pt;line-height:1.2;padding:1mm 2mm;margin-block:1mm;gap:0 1rem;break-inside:avoid}.summary .pair.clerk{grid-template-columns:2fr 3fr}"
            + ".pair.clerk .h2{font-size:9pt}.clerk li{margin:0}.clerk-conditions li{padding-inline-start:1em;text-indent:-1em}"
            // A step's title says what to do; its explanation stays on the screen, the page count on paper.
            + ".pair-steps small{display:none}"
            + "[lang=ur]{font-family:\"Noto Naskh Arabic\",\"Noto Sans Arabic\",sans-serif;line-height:1.7}*{font-synthesis:none}"
            // The French column keeps its own spacing under an Urdu page; Tamil letters run wide, a size less.
            + ".side[lang=fr]{line-height:1.3}.side[lang=ta]{font-size:8.5pt}.side[lang=ta] small{font-size:7.5pt}"
            // Tamil lines run longer than the French beside them: their column is wider.
            + "[lang=ta] .bilingual .pair:not(.pair-alone,.clerk){grid-template-columns:minmax(0,4fr) minmax(0,3fr)}";

    /** The whole stylesheet, inlined in the PDF's HTML. */
    static final String CSS = site() + PAPER;

    private PdfStyle() {
    }

    private static String site() {
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream("META-INF/resources/assets/style.css")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
