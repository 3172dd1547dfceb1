package fr.ameguide.summary;

import io.nayuki.qrcodegen.QrCode.Ecc;

/** A QR code as a small inline SVG: one path of horizontal runs, black on white, with the quiet zone the standard asks. */
public final class QrCode {
    private static final int QUIET = 4;

    private QrCode() {
    }

    public static String svg(String text, String label) {
        io.nayuki.qrcodegen.QrCode qr = io.nayuki.qrcodegen.QrCode.encodeText(text, Ecc.MEDIUM);
        int size = qr.size + 2 * QUIET;
        StringBuilder path = new StringBuilder();
        // One rectangle per horizontal run of dark modules: a third of the bytes of one per module, which
        // keeps the summary within its weight budget now that the sealed link names answers by their code.
        for (int y = 0; y < qr.size; y++) {
            for (int x = 0; x < qr.size; x++) {
                if (qr.getModule(x, y)) {
                    int run = 1;
                    while (x + run < qr.size && qr.getModule(x + run, y)) {
                        run++;
                    }
                    path.append('M').append(x + QUIET).append(',').append(y + QUIET).append('h').append(run).append("v1h-").append(run).append('z');
                    x += run;
                }
            }
        }
        return "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 " + size + " " + size
                + "\" width=\"160\" height=\"160\" role=\"img\" aria-label=\"" + label.replace("\"", "&quot;")
                + "\" shape-rendering=\"crispEdges\"><rect width=\"100%\" height=\"100%\" fill=\"#fff\"/><path fill=\"#000\" d=\""
                + path + "\"/></svg>";
    }
}
