package dev.duet.assets;

import java.awt.Graphics2D;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The EXIF orientation of a JPEG (1-8): cameras store pixels as the sensor saw them and say in the header how to
 * turn them. Browsers honour it when they show the original, so Duet measures, focuses and crops in that turned view
 * and turns the decoded pixels the same way before cutting.
 */
final class ExifOrientation {

    static final int NORMAL = 1;
    /** EXIF sits in an APP1 segment near the start; 64 KiB holds it in every real file. */
    private static final int SCAN_BYTES = 64 * 1024;

    private ExifOrientation() {
    }

    /** The orientation of a JPEG file; {@link #NORMAL} when it has none or it cannot be read. */
    static int of(Path jpeg) {
        try (var in = Files.newInputStream(jpeg)) {
            return of(in.readNBytes(SCAN_BYTES));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + jpeg.getFileName(), e);
        }
    }

    static int of(byte[] jpeg) {
        int at = 2;
        while (at + 4 <= jpeg.length && (jpeg[at] & 0xFF) == 0xFF) {
            int marker = jpeg[at + 1] & 0xFF;
            int length = u16(jpeg, at + 2, false);
            if (marker == 0xDA || length < 2) break;
            if (marker == 0xE1 && at + 10 <= jpeg.length && new String(jpeg, at + 4, 6, java.nio.charset.StandardCharsets.ISO_8859_1).equals("Exif\0\0")) {
                return fromTiff(jpeg, at + 10, Math.min(jpeg.length, at + 2 + length));
            }
            at += 2 + length;
        }
        return NORMAL;
    }

    /** Reads tag 0x0112 from the first image directory of the TIFF structure inside the EXIF segment. */
    private static int fromTiff(byte[] bytes, int tiff, int end) {
        if (tiff + 8 > end) return NORMAL;
        boolean little = bytes[tiff] == 'I' && bytes[tiff + 1] == 'I';
        if (!little && !(bytes[tiff] == 'M' && bytes[tiff + 1] == 'M')) return NORMAL;
        long directory = tiff + u32(bytes, tiff + 4, little);
        if (directory + 2 > end) return NORMAL;
        int entries = u16(bytes, (int) directory, little);
        for (int i = 0; i < entries; i++) {
            int entry = (int) directory + 2 + i * 12;
            if (entry + 12 > end) break;
            if (u16(bytes, entry, little) == 0x0112) {
                int value = u16(bytes, entry + 8, little);
                return value >= 1 && value <= 8 ? value : NORMAL;
            }
        }
        return NORMAL;
    }

    /** Orientations 5 to 8 turn the image a quarter, so its shown width is its stored height. */
    static boolean swapsSides(int orientation) {
        return orientation >= 5;
    }

    /** The pixels as they are to be shown. */
    static BufferedImage apply(BufferedImage stored, int orientation) {
        if (orientation == NORMAL) return stored;
        int w = stored.getWidth();
        int h = stored.getHeight();
        // x' = m00 x + m01 y + m02, y' = m10 x + m11 y + m12; AffineTransform takes m00, m10, m01, m11, m02, m12
        var transform = switch (orientation) {
            case 2 -> new AffineTransform(-1, 0, 0, 1, w, 0);
            case 3 -> new AffineTransform(-1, 0, 0, -1, w, h);
            case 4 -> new AffineTransform(1, 0, 0, -1, 0, h);
            case 5 -> new AffineTransform(0, 1, 1, 0, 0, 0);
            case 6 -> new AffineTransform(0, 1, -1, 0, h, 0);
            case 7 -> new AffineTransform(0, -1, -1, 0, h, w);
            case 8 -> new AffineTransform(0, -1, 1, 0, 0, w);
            default -> new AffineTransform();
        };
        var shown = swapsSides(orientation) ? new BufferedImage(h, w, BufferedImage.TYPE_INT_RGB) : new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        Graphics2D graphics = shown.createGraphics();
        try {
            graphics.drawImage(stored, transform, null);
        } finally {
            graphics.dispose();
        }
        return shown;
    }

    private static int u16(byte[] bytes, int at, boolean little) {
        int a = bytes[at] & 0xFF;
        int b = bytes[at + 1] & 0xFF;
        return little ? a | b << 8 : a << 8 | b;
    }

    private static long u32(byte[] bytes, int at, boolean little) {
        long high = u16(bytes, little ? at + 2 : at, little);
        long low = u16(bytes, little ? at : at + 2, little);
        return high << 16 | low;
    }
}
