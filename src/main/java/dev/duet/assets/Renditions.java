package dev.duet.assets;

import dev.duet.failure.InvalidInput;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Semaphore;

/**
 * The image service: resized and cropped versions of an asset, rendered once and then served from the disk cache.
 * A rendition is keyed by exactly what was drawn (the cut, the output size, format and quality), so two requests that
 * draw the same pixels share one file, and a changed focus point draws (and caches) a new cut. At most
 * {@link #CONCURRENT_RENDERS} images are decoded at a time, so a burst of cache misses cannot exhaust memory, and at
 * most {@link #MAX_CACHED_PER_FILE} renditions of one file are kept, so requests for ever new sizes cannot fill the
 * disk (later ones are rendered on every request). Thread-safe.
 */
public final class Renditions {

    public static final int CONCURRENT_RENDERS = 2;
    public static final int MAX_CACHED_PER_FILE = 300;
    /** Larger sources are refused: decoding one takes about 4 bytes a pixel, and two may be decoded at once. */
    public static final long MAX_SOURCE_PIXELS = 50_000_000L;

    private static final String IMMUTABLE = "public, max-age=31536000, immutable";
    /** A crop by the stored focus point changes when an editor moves the point, under the same URL. */
    private static final String REVISABLE = "public, max-age=3600";

    /** A rendition ready to send: from the cache file, or (past the cache limit) from memory. */
    public record Rendition(MediaType type, String etag, String cacheControl, boolean cached, Path file, byte[] bytes) {

        public InputStream open() throws IOException {
            return file != null ? Files.newInputStream(file) : new ByteArrayInputStream(bytes);
        }

        public long length() throws IOException {
            return file != null ? Files.size(file) : bytes.length;
        }
    }

    private final AssetFiles files;
    private final Semaphore rendering = new Semaphore(CONCURRENT_RENDERS, true);

    public Renditions(AssetFiles files) {
        this.files = files;
    }

    /** What to draw for {@code transform}; fails with a 400 before any work when the request cannot be met. */
    public Rendition of(Asset asset, Transform transform) {
        var source = source(asset);
        var focus = transform.focal() != null ? inside(transform.focal(), source) : asset.focus();
        var crop = Crop.plan(source, transform.width(), transform.height(), transform.crops() ? focus : null);
        if (crop.outWidth() > Transform.MAX_SIDE || crop.outHeight() > Transform.MAX_SIDE) {
            throw InvalidInput.field("size", "would make a " + crop.outWidth() + "x" + crop.outHeight() + " image; at most "
                    + Transform.MAX_SIDE + " pixels a side");
        }
        var output = transform.outputFor(asset.type());
        int quality = transform.qualityOrDefault();
        var key = key(crop, output, quality);
        var etag = "\"" + asset.hash() + "-" + key + "\"";
        var cacheControl = transform.crops() && transform.focal() == null ? REVISABLE : IMMUTABLE;
        var file = files.rendition(asset.hash(), key);
        if (Files.exists(file)) return new Rendition(output, etag, cacheControl, true, file, null);
        var bytes = render(asset, crop, output, quality);
        if (cachedCount(file.getParent()) >= MAX_CACHED_PER_FILE) return new Rendition(output, etag, cacheControl, false, null, bytes);
        files.writeRendition(asset.hash(), key, bytes);
        return new Rendition(output, etag, cacheControl, false, file, null);
    }

    private static ImageSize source(Asset asset) {
        if (!asset.type().transformable() || asset.width() == null || asset.height() == null) {
            throw new NotTransformable("the image service resizes JPEG, PNG and GIF images; this asset is "
                    + asset.type().mime() + ", so use its original URL");
        }
        var size = new ImageSize(asset.width(), asset.height());
        if (size.pixels() > MAX_SOURCE_PIXELS) {
            throw new NotTransformable("the image is too large to resize (" + asset.width() + "x" + asset.height()
                    + "; at most " + MAX_SOURCE_PIXELS / 1_000_000 + " megapixels); use the original");
        }
        return size;
    }

    private static Focus inside(Focus focal, ImageSize source) {
        if (focal.right() > source.width() || focal.bottom() > source.height()) {
            throw InvalidInput.field("filters.focal", "must lie inside the " + source.width() + "x" + source.height()
                    + " image, got " + focal);
        }
        return focal;
    }

    private byte[] render(Asset asset, Crop crop, MediaType output, int quality) {
        rendering.acquireUninterruptibly();
        try {
            return ImageRenderer.render(files.original(asset.hash()), asset.type(), crop, output, quality);
        } finally {
            rendering.release();
        }
    }

    /** Only numbers and the extension: safe as a file name, and the same for the same pixels. */
    static String key(Crop crop, MediaType output, int quality) {
        var base = crop.outWidth() + "x" + crop.outHeight() + "-" + crop.x() + "." + crop.y() + "." + crop.width() + "." + crop.height();
        return output == MediaType.JPEG ? base + "-q" + quality + ".jpg" : base + ".png";
    }

    private static long cachedCount(Path folder) {
        if (!Files.isDirectory(folder)) return 0;
        try (var entries = Files.list(folder)) {
            return entries.count();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list the renditions in " + folder, e);
        }
    }
}
