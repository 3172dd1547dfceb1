package fr.ameguide.summary;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.LuminanceSource;
import com.google.zxing.MultiFormatReader;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;

import java.awt.image.BufferedImage;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads the summary's QR code back: from the SVG the page holds, or from a rendered image. */
public final class QrDecoding {
    private static final Pattern VIEWBOX = Pattern.compile("viewBox=\"0 0 (\\d+) (\\d+)\"");
    /** The path of QrCode.svg: per row "M x y.5", then runs "h n" separated by relative moves "m dx 0". */
    private static final Pattern COMMAND = Pattern.compile("([Mmh])(\\d+)(?: (\\d+)(?:\\.5)?)?");

    private QrDecoding() {
    }

    public static String fromSvg(String svg) throws Exception {
        Matcher box = VIEWBOX.matcher(svg);
        if (!box.find()) {
            throw new AssertionError("no viewBox");
        }
        int size = Integer.parseInt(box.group(1));
        int scale = 6;
        BufferedImage img = new BufferedImage(size * scale, size * scale, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < img.getHeight(); y++) {
            for (int x = 0; x < img.getWidth(); x++) {
                img.setRGB(x, y, 0xFFFFFF);
            }
        }
        Matcher path = Pattern.compile(" d=\"([^\"]*)\"").matcher(svg.substring(svg.indexOf("<path")));
        if (!path.find()) {
            throw new AssertionError("no path");
        }
        Matcher m = COMMAND.matcher(path.group(1));
        int penX = 0;
        int penY = 0;
        while (m.find()) {
            int a = Integer.parseInt(m.group(2));
            switch (m.group(1)) {
                case "M" -> {
                    penX = a;
                    penY = Integer.parseInt(m.group(3));
                }
                case "m" -> penX += a;
                default -> {
                    for (int y = 0; y < scale; y++) {
                        for (int x = 0; x < scale * a; x++) {
                            img.setRGB(penX * scale + x, penY * scale + y, 0);
                        }
                    }
                    penX += a;
                }
            }
        }
        // The SVG is drawn module by module, unrotated: read it as a pure code, which does not depend on
        // finding the finder patterns by chance (the sealed token, and so the code, differs every run).
        return decode(img, true);
    }

    static String fromImage(BufferedImage img) throws Exception {
        return decode(img, false);
    }

    private static String decode(BufferedImage img, boolean pure) throws Exception {
        Map<DecodeHintType, Object> hints = new EnumMap<>(DecodeHintType.class);
        hints.put(DecodeHintType.POSSIBLE_FORMATS, List.of(BarcodeFormat.QR_CODE));
        hints.put(DecodeHintType.TRY_HARDER, Boolean.TRUE);
        if (pure) {
            hints.put(DecodeHintType.PURE_BARCODE, Boolean.TRUE);
        }
        int[] pixels = img.getRGB(0, 0, img.getWidth(), img.getHeight(), null, 0, img.getWidth());
        LuminanceSource source = new RGBLuminanceSource(img.getWidth(), img.getHeight(), pixels);
        return new MultiFormatReader().decode(new BinaryBitmap(new HybridBinarizer(source)), hints).getText();
    }
}
