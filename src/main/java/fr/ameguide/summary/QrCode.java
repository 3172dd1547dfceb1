package fr.ameguide.summary;

import io.nayuki.qrcodegen.QrCode.Ecc;

/** A QR code as a small inline SVG: one path of horizontal strokes, black on white, with the quiet zone the standard asks. */
public final class QrCode {
    private static final int QUIET = 4;

    private QrCode() {
    }

    public static String svg(String text, String label) {
        io.nayuki.qrcodegen.QrCode qr = io.nayuki.qrcodegen.QrCode.encodeText(text, Ecc.MEDIUM);
        int size = qr.size + 2 * QUIET;
        StringBuilder path = new StringBuilder();
        // One stroke per horizontal run of dark modules, a line 1 module thick through the middle of its
        // row: each row starts with an absolute move, each run after the first with a relative one from the
        // end of the last. About half the bytes of a rectangle per run, which keeps the summary, with its
        // share links, within the page budget.
        for (int y = 0; y < qr.size; y++) {
            int pen = -1;
            for (int x = 0; x < qr.size; x++) {
                if (qr.getModule(x, y)) {
                    int run = 1;
                    while (x + run < qr.size && qr.getModule(x + run, y)) {
                        run++;
                    }
                    if (pen < 0) {
                        path.append('M').append(x + QUIET).append(' ').append(y + QUIET).append(".5");
                    } else {
                        path.append('m').append(x - pen).append(" 0");
                    }
                    path.append('h').append(run);
                    x += run;
                    pen = x;
                }
            }
        }
        return "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 " + size + " " + size
                + "\" width=\"160\" height=\"160\" role=\"img\" aria-label=\"" + label.replace("\"", "&quot;")
                + "\" shape-rendering=\"crispEdges\"><rect width=\"100%\" height=\"100%\" fill=\"#fff\"/><path stroke=\"#000\" d=\""
                + path + "\"/></svg>";
    }
}
