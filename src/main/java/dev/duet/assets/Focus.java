package dev.duet.assets;

import dev.duet.failure.InvalidInput;

import java.util.regex.Pattern;

/**
 * An image's focus point as Storyblok writes it: the pixel rectangle {@code left x top : right x bottom}, e.g.
 * {@code 120x80:121x81} for the pixel at (120, 80). Crops keep its centre in frame.
 */
public record Focus(int left, int top, int right, int bottom) {

    private static final Pattern FORMAT = Pattern.compile("^(\\d{1,5})x(\\d{1,5}):(\\d{1,5})x(\\d{1,5})$");

    public Focus {
        if (left > right || top > bottom) throw new IllegalArgumentException("a focus rectangle must not be inverted");
    }

    /**
     * Reads {@code text} for the input field {@code path}; null or blank means no focus point. Fails with a 400 naming
     * {@code path} when the text is malformed or the rectangle does not lie inside a {@code width} x {@code height} image.
     */
    public static Focus parse(String path, String text, Integer width, Integer height) {
        if (text == null || text.isBlank()) return null;
        var matcher = FORMAT.matcher(text.strip());
        if (!matcher.matches()) {
            throw InvalidInput.field(path, "must be a pixel rectangle left x top : right x bottom like 120x80:121x81, got " + text);
        }
        int left = Integer.parseInt(matcher.group(1));
        int top = Integer.parseInt(matcher.group(2));
        int right = Integer.parseInt(matcher.group(3));
        int bottom = Integer.parseInt(matcher.group(4));
        if (left > right || top > bottom) {
            throw InvalidInput.field(path, "the right edge must not be left of the left edge, nor the bottom above the top (" + text + ")");
        }
        if (width == null || height == null) {
            throw InvalidInput.field(path, "only images whose size Duet knows (JPEG, PNG, GIF, WebP) can have a focus point");
        }
        if (right > width || bottom > height) {
            throw InvalidInput.field(path, "must lie inside the " + width + "x" + height + " image, got " + text);
        }
        return new Focus(left, top, right, bottom);
    }

    /** The centre of the rectangle, in source pixels. */
    public double centerX() {
        return (left + right) / 2.0;
    }

    public double centerY() {
        return (top + bottom) / 2.0;
    }

    @Override
    public String toString() {
        return left + "x" + top + ":" + right + "x" + bottom;
    }
}
