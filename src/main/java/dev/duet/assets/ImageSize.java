package dev.duet.assets;

import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The pixel size of an image as it is shown, read from its header without decoding the pixels: through ImageIO for
 * JPEG (turned as its EXIF orientation says), PNG and GIF, and from the RIFF header for WebP (which the JDK cannot
 * decode).
 */
public record ImageSize(int width, int height) {

    static {
        Headless.ensure();
    }

    /** The size a quarter turn gives. */
    ImageSize turned() {
        return new ImageSize(height, width);
    }

    public long pixels() {
        return (long) width * height;
    }

    /** The size of {@code file}, if it is an image whose header can be read. */
    public static Optional<ImageSize> read(MediaType type, Path file, byte[] head) {
        return switch (type) {
            case JPEG -> viaImageIo(file).map(stored -> ExifOrientation.swapsSides(ExifOrientation.of(file)) ? stored.turned() : stored);
            case PNG, GIF -> viaImageIo(file);
            case WEBP -> webp(head);
            case SVG, PDF, MP4 -> Optional.empty();
        };
    }

    private static Optional<ImageSize> viaImageIo(Path file) {
        try (var input = ImageIO.createImageInputStream(file.toFile())) {
            if (input == null) return Optional.empty();
            var readers = ImageIO.getImageReaders(input);
            if (!readers.hasNext()) return Optional.empty();
            ImageReader reader = readers.next();
            try {
                reader.setInput(input, true, true);
                return Optional.of(new ImageSize(reader.getWidth(0), reader.getHeight(0)));
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException e) {
            // a damaged header: the caller decides what an image of unknown size may do
            return Optional.empty();
        }
    }

    /** VP8 (lossy), VP8L (lossless) and VP8X (extended) each keep the size in their first chunk. */
    static Optional<ImageSize> webp(byte[] head) {
        if (head.length < 30) return Optional.empty();
        var chunk = new String(head, 12, 4, java.nio.charset.StandardCharsets.ISO_8859_1);
        return switch (chunk) {
            case "VP8 " -> positive((le16(head, 26) & 0x3FFF), (le16(head, 28) & 0x3FFF));
            case "VP8L" -> {
                long bits = le16(head, 21) | (long) le16(head, 23) << 16;
                yield positive((int) (bits & 0x3FFF) + 1, (int) (bits >> 14 & 0x3FFF) + 1);
            }
            case "VP8X" -> positive(le24(head, 24) + 1, le24(head, 27) + 1);
            default -> Optional.empty();
        };
    }

    private static Optional<ImageSize> positive(int width, int height) {
        return width > 0 && height > 0 ? Optional.of(new ImageSize(width, height)) : Optional.empty();
    }

    private static int le16(byte[] bytes, int at) {
        return (bytes[at] & 0xFF) | (bytes[at + 1] & 0xFF) << 8;
    }

    private static int le24(byte[] bytes, int at) {
        return le16(bytes, at) | (bytes[at + 2] & 0xFF) << 16;
    }
}
