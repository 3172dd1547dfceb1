package fr.ameguide.cache;

import java.util.Arrays;
import java.util.zip.CRC32;
import java.util.zip.Deflater;

/**
 * gzip (RFC 1952) of a whole page held in memory, with one {@link Deflater} kept per thread. Done here
 * rather than by the HTTP layer because Netty's streaming compressor cost about 570 µs for a 14 KB
 * result page where one call to zlib costs about 65 µs (src/bench/profile.sh, docs/performance.md).
 */
public final class Gzip {
    private static final byte[] HEADER = {0x1f, (byte) 0x8b, Deflater.DEFLATED, 0, 0, 0, 0, 0, 0, (byte) 0xff};
    private static final ThreadLocal<Deflater[]> DEFLATERS = ThreadLocal.withInitial(() -> new Deflater[Deflater.BEST_COMPRESSION + 1]);

    private Gzip() {
    }

    public static byte[] compress(byte[] data, int level) {
        Deflater[] byLevel = DEFLATERS.get();
        Deflater d = byLevel[level];
        if (d == null) {
            d = byLevel[level] = new Deflater(level, true);
        }
        d.reset();
        d.setInput(data);
        d.finish();
        // Deflate never grows text by more than a few bytes per 16 KiB block.
        byte[] out = new byte[HEADER.length + data.length + data.length / 1000 + 64 + 8];
        System.arraycopy(HEADER, 0, out, 0, HEADER.length);
        int n = HEADER.length;
        while (!d.finished()) {
            if (n == out.length - 8) {
                out = Arrays.copyOf(out, out.length * 2);
            }
            n += d.deflate(out, n, out.length - 8 - n);
        }
        CRC32 crc = new CRC32();
        crc.update(data);
        n = putInt(out, n, (int) crc.getValue());
        n = putInt(out, n, data.length);
        return Arrays.copyOf(out, n);
    }

    private static int putInt(byte[] out, int at, int v) {
        out[at] = (byte) v;
        out[at + 1] = (byte) (v >>> 8);
        out[at + 2] = (byte) (v >>> 16);
        out[at + 3] = (byte) (v >>> 24);
        return at + 4;
    }
}
