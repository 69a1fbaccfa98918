package dev.duet.assets;

import javax.imageio.ImageIO;
import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

/** Test images made in memory: two-coloured halves make it easy to tell which part of an image a crop kept. */
final class Images {

    static {
        System.setProperty("java.awt.headless", "true");
    }

    private Images() {
    }

    /** A {@code format} image (png, jpg, gif) whose left half is {@code left} and right half {@code right}. */
    static byte[] halves(String format, int width, int height, Color left, Color right) {
        var image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        var graphics = image.createGraphics();
        graphics.setColor(left);
        graphics.fillRect(0, 0, width / 2, height);
        graphics.setColor(right);
        graphics.fillRect(width / 2, 0, width - width / 2, height);
        graphics.dispose();
        return encode(image, format);
    }

    /** A one-coloured image; different colours give different bytes, so different assets. */
    static byte[] plain(String format, int width, int height, Color color) {
        return halves(format, width, height, color, color);
    }

    static byte[] encode(BufferedImage image, String format) {
        var out = new ByteArrayOutputStream();
        try {
            if (!ImageIO.write(image, format, out)) throw new IllegalStateException("no writer for " + format);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    static BufferedImage decode(byte[] bytes) {
        try {
            var image = ImageIO.read(new ByteArrayInputStream(bytes));
            if (image == null) throw new IllegalStateException("not an image ImageIO reads (" + bytes.length + " bytes)");
            return image;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Whether the pixel is clearly the colour (JPEG blurs edges and shifts colours a little). */
    static boolean near(BufferedImage image, int x, int y, Color color) {
        var pixel = new Color(image.getRGB(x, y));
        return Math.abs(pixel.getRed() - color.getRed()) < 40 && Math.abs(pixel.getGreen() - color.getGreen()) < 40
                && Math.abs(pixel.getBlue() - color.getBlue()) < 40;
    }

    /**
     * The JPEG with an EXIF segment saying how to turn it (1-8), placed after the JFIF segment as cameras that write
     * both do; {@code bigEndian} picks the byte order of the TIFF structure inside ("MM" or "II").
     */
    static byte[] withOrientation(byte[] jpeg, int orientation, boolean bigEndian) {
        var tiff = bigEndian
                ? new int[] {'M', 'M', 0, 42, 0, 0, 0, 8, 0, 1, 0x01, 0x12, 0, 3, 0, 0, 0, 1, 0, orientation, 0, 0, 0, 0, 0, 0}
                : new int[] {'I', 'I', 42, 0, 8, 0, 0, 0, 1, 0, 0x12, 0x01, 3, 0, 1, 0, 0, 0, orientation, 0, 0, 0, 0, 0, 0, 0};
        var segment = new ByteArrayOutputStream();
        int length = 2 + 6 + tiff.length;
        segment.writeBytes(new byte[] {(byte) 0xFF, (byte) 0xE1, (byte) (length >> 8), (byte) length, 'E', 'x', 'i', 'f', 0, 0});
        for (int b : tiff) segment.write(b);
        int afterJfif = 4 + ((jpeg[4] & 0xFF) << 8 | (jpeg[5] & 0xFF));
        var out = new ByteArrayOutputStream();
        out.write(jpeg, 0, afterJfif);
        out.writeBytes(segment.toByteArray());
        out.write(jpeg, afterJfif, jpeg.length - afterJfif);
        return out.toByteArray();
    }
}
