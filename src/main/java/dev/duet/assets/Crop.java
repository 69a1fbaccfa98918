package dev.duet.assets;

/**
 * Where to cut a source image and how large to draw the cut, for a requested size: with both sides given the image
 * is scaled to cover them and cut so that the focus point's centre stays in frame (as near the middle as the edges
 * allow; the image's centre without a focus point); with one side 0 it is scaled to the other, keeping its aspect
 * ratio; with both 0 it keeps its size.
 */
public record Crop(int x, int y, int width, int height, int outWidth, int outHeight) {

    public static Crop plan(ImageSize source, int width, int height, Focus focus) {
        int sourceWidth = source.width();
        int sourceHeight = source.height();
        if (width == 0 && height == 0) return new Crop(0, 0, sourceWidth, sourceHeight, sourceWidth, sourceHeight);
        if (width == 0) return whole(source, Math.max(1, (int) Math.round((double) sourceWidth * height / sourceHeight)), height);
        if (height == 0) return whole(source, width, Math.max(1, (int) Math.round((double) sourceHeight * width / sourceWidth)));
        double scale = Math.max((double) width / sourceWidth, (double) height / sourceHeight);
        int cutWidth = Math.min(sourceWidth, Math.max(1, (int) Math.round(width / scale)));
        int cutHeight = Math.min(sourceHeight, Math.max(1, (int) Math.round(height / scale)));
        double centerX = focus == null ? sourceWidth / 2.0 : focus.centerX();
        double centerY = focus == null ? sourceHeight / 2.0 : focus.centerY();
        int x = clamp((int) Math.round(centerX - cutWidth / 2.0), sourceWidth - cutWidth);
        int y = clamp((int) Math.round(centerY - cutHeight / 2.0), sourceHeight - cutHeight);
        return new Crop(x, y, cutWidth, cutHeight, width, height);
    }

    private static Crop whole(ImageSize source, int outWidth, int outHeight) {
        return new Crop(0, 0, source.width(), source.height(), outWidth, outHeight);
    }

    private static int clamp(int value, int max) {
        return Math.max(0, Math.min(value, max));
    }
}
