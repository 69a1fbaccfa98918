package dev.duet.assets;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.ImageWriteParam;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.Rectangle;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;

/**
 * Cuts, scales and encodes one image with java.awt and ImageIO (headless). Only the cut region is decoded (the whole
 * image for a photo its EXIF orientation turns), and
 * large reductions decode every n-th pixel first (never below twice the output size), so a big photo shrunk to a
 * thumbnail costs a fraction of its full size in memory. Scaling halves the image in bilinear steps, then draws the
 * last step bicubic: sharper than one big bicubic step, and without its aliasing.
 */
final class ImageRenderer {

    static {
        Headless.ensure();
    }

    private ImageRenderer() {
    }

    /** Draws {@code crop} (in the image's shown orientation) of {@code original}, a {@code type} image. */
    static byte[] render(Path original, MediaType type, Crop crop, MediaType output, int quality) {
        int orientation = type == MediaType.JPEG ? ExifOrientation.of(original) : ExifOrientation.NORMAL;
        var cut = orientation == ExifOrientation.NORMAL ? decode(original, crop, step(crop), true) : turnedCut(original, crop, orientation);
        var scaled = scale(cut, crop.outWidth(), crop.outHeight(), output == MediaType.PNG);
        return encode(scaled, output, quality);
    }

    /** Decode every n-th pixel when that still leaves at least twice the output's pixels to scale down from. */
    private static int step(Crop crop) {
        return Math.max(1, Math.min(crop.width() / crop.outWidth(), crop.height() / crop.outHeight()) / 2);
    }

    /** A turned photo is decoded whole (every n-th pixel), turned, then cut, as its cut is in shown coordinates. */
    private static BufferedImage turnedCut(Path original, Crop crop, int orientation) {
        int step = step(crop);
        var shown = ExifOrientation.apply(decode(original, crop, step, false), orientation);
        int x = Math.min(crop.x() / step, shown.getWidth() - 1);
        int y = Math.min(crop.y() / step, shown.getHeight() - 1);
        int width = Math.max(1, Math.min(crop.width() / step, shown.getWidth() - x));
        int height = Math.max(1, Math.min(crop.height() / step, shown.getHeight() - y));
        return shown.getSubimage(x, y, width, height);
    }

    private static BufferedImage decode(Path original, Crop crop, int step, boolean onlyTheCut) {
        try (var input = ImageIO.createImageInputStream(original.toFile())) {
            var readers = ImageIO.getImageReaders(input);
            if (!readers.hasNext()) throw new NotTransformable("the image cannot be decoded for resizing");
            ImageReader reader = readers.next();
            try {
                reader.setInput(input, true, true);
                ImageReadParam param = reader.getDefaultReadParam();
                if (onlyTheCut) param.setSourceRegion(new Rectangle(crop.x(), crop.y(), crop.width(), crop.height()));
                if (step > 1) param.setSourceSubsampling(step, step, 0, 0);
                return reader.read(0, param);
            } finally {
                reader.dispose();
            }
        } catch (IOException e) {
            // e.g. a CMYK JPEG, or a file damaged after its header; the original is still served as it is
            throw new NotTransformable("the image cannot be decoded for resizing (" + e.getMessage() + "); use the original");
        }
    }

    private static BufferedImage scale(BufferedImage source, int width, int height, boolean alpha) {
        int type = alpha ? BufferedImage.TYPE_INT_ARGB : BufferedImage.TYPE_INT_RGB;
        var current = source;
        int currentWidth = source.getWidth();
        int currentHeight = source.getHeight();
        while (currentWidth / 2 >= width && currentHeight / 2 >= height) {
            currentWidth /= 2;
            currentHeight /= 2;
            current = draw(current, currentWidth, currentHeight, type, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
        }
        return draw(current, width, height, type, RenderingHints.VALUE_INTERPOLATION_BICUBIC);
    }

    private static BufferedImage draw(BufferedImage source, int width, int height, int type, Object interpolation) {
        var target = new BufferedImage(width, height, type);
        Graphics2D graphics = target.createGraphics();
        try {
            // JPEG has no transparency: what was transparent becomes white, not black
            if (type == BufferedImage.TYPE_INT_RGB) {
                graphics.setColor(Color.WHITE);
                graphics.fillRect(0, 0, width, height);
            }
            graphics.setRenderingHint(RenderingHints.KEY_INTERPOLATION, interpolation);
            graphics.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
            graphics.setRenderingHint(RenderingHints.KEY_ALPHA_INTERPOLATION, RenderingHints.VALUE_ALPHA_INTERPOLATION_QUALITY);
            graphics.drawImage(source, 0, 0, width, height, null);
        } finally {
            graphics.dispose();
        }
        return target;
    }

    private static byte[] encode(BufferedImage image, MediaType output, int quality) {
        var bytes = new ByteArrayOutputStream();
        var writer = ImageIO.getImageWritersByFormatName(output == MediaType.PNG ? "png" : "jpeg").next();
        try (var out = ImageIO.createImageOutputStream(bytes)) {
            writer.setOutput(out);
            ImageWriteParam param = writer.getDefaultWriteParam();
            if (output == MediaType.JPEG) {
                param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
                param.setCompressionQuality(quality / 100f);
            }
            writer.write(null, new IIOImage(image, null, null), param);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot encode the rendition", e);
        } finally {
            writer.dispose();
        }
        return bytes.toByteArray();
    }
}
