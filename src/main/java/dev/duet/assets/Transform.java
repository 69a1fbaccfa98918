package dev.duet.assets;

import dev.duet.failure.InvalidInput;

import java.util.regex.Pattern;

/**
 * What the image service is asked for, in Storyblok's URL syntax: {@code /m/{width}x{height}} (0 keeps the aspect
 * ratio; both set crops to fill), then optionally {@code /filters:focal(l x t:r x b):format(png|jpeg):quality(1-100)}.
 * Null {@code focal}, {@code format} and {@code quality} mean: the asset's focus point, the original's format, 80.
 */
public record Transform(int width, int height, Focus focal, MediaType format, Integer quality) {

    public static final int MAX_SIDE = 4000;
    public static final int DEFAULT_QUALITY = 80;

    private static final Pattern SIZE = Pattern.compile("^(\\d{1,9})x(\\d{1,9})$");
    private static final Pattern FILTER = Pattern.compile("([a-z_]+)\\(([^()]*)\\)");

    /** Reads the size segment and the optional filters segment (null without one). */
    public static Transform parse(String size, String filters) {
        var matcher = SIZE.matcher(size);
        if (!matcher.matches()) throw InvalidInput.field("size", "must be {width}x{height} like 800x600 or 800x0, got " + size);
        int width = Integer.parseInt(matcher.group(1));
        int height = Integer.parseInt(matcher.group(2));
        if (width > MAX_SIDE || height > MAX_SIDE) {
            throw InvalidInput.field("size", "width and height must be at most " + MAX_SIDE + " pixels, got " + size);
        }
        var transform = new Transform(width, height, null, null, null);
        return filters == null ? transform : transform.withFilters(filters);
    }

    private Transform withFilters(String filters) {
        if (!filters.startsWith("filters:")) {
            throw InvalidInput.field("filters", "must start with filters: like filters:focal(120x80:121x81), got " + filters);
        }
        var rest = filters.substring("filters:".length());
        var matcher = FILTER.matcher(rest);
        Focus focal = null;
        MediaType format = null;
        Integer quality = null;
        int at = 0;
        while (at < rest.length()) {
            if (!matcher.find(at) || matcher.start() != at) {
                throw InvalidInput.field("filters", "cannot read " + rest.substring(at) + "; write name(value), separated by ':'");
            }
            var value = matcher.group(2);
            switch (matcher.group(1)) {
                case "focal" -> focal = focal(value);
                case "format" -> format = format(value);
                case "quality" -> quality = quality(value);
                default -> throw InvalidInput.field("filters", "unknown filter " + matcher.group(1) + "; Duet knows focal, format and quality");
            }
            at = matcher.end();
            if (at < rest.length()) {
                if (rest.charAt(at) != ':') throw InvalidInput.field("filters", "separate filters with ':', got " + rest.substring(at));
                at++;
            }
        }
        return new Transform(width, height, focal, format, quality);
    }

    /** Checked against the image's size later; here only its form. */
    private static Focus focal(String value) {
        return Focus.parse("filters.focal", value, Integer.MAX_VALUE, Integer.MAX_VALUE);
    }

    private static MediaType format(String value) {
        return switch (value) {
            case "png" -> MediaType.PNG;
            case "jpeg", "jpg" -> MediaType.JPEG;
            default -> throw InvalidInput.field("filters.format", "must be png or jpeg, got " + value);
        };
    }

    private static int quality(String value) {
        if (!value.matches("^\\d{1,3}$") || Integer.parseInt(value) < 1 || Integer.parseInt(value) > 100) {
            throw InvalidInput.field("filters.quality", "must be a whole number from 1 to 100, got " + value);
        }
        return Integer.parseInt(value);
    }

    /** The format to write for a source of {@code source}: the asked one, else JPEG for JPEG and PNG otherwise. */
    public MediaType outputFor(MediaType source) {
        if (format != null) return format;
        return source == MediaType.JPEG ? MediaType.JPEG : MediaType.PNG;
    }

    public int qualityOrDefault() {
        return quality == null ? DEFAULT_QUALITY : quality;
    }

    /** Whether both sides are given, so the image is cropped to fill them and the focus point matters. */
    public boolean crops() {
        return width > 0 && height > 0;
    }
}
