package dev.duet.assets;

import dev.duet.web.Params;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.util.Arrays;

import static dev.duet.access.Permission.PUBLIC;

/**
 * The public file URLs, open to anyone like Storyblok's a.storyblok.com: {@code /a/{space_id}/{hash}/{filename}}
 * serves the original, {@code .../m/{width}x{height}[/filters:...]} a resized copy. The file is found by space and
 * hash alone; the file name segment is for people and search engines, so renaming an asset breaks no URL in content.
 * Answers are cacheable for a year (the bytes under a URL never change), carry an ETag, and forbid content sniffing;
 * SVGs are sent with a Content-Security-Policy under which their scripts do not run.
 */
public final class AssetFileRoutes {

    static final String FILE = "/a/{space_id}/{hash}/{filename}";
    private static final String IMMUTABLE = "public, max-age=31536000, immutable";
    private static final String SVG_POLICY = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; sandbox";

    private final Assets assets;
    private final AssetFiles files;
    private final Renditions renditions;

    public AssetFileRoutes(Assets assets, AssetFiles files, Renditions renditions) {
        this.assets = assets;
        this.files = files;
        this.renditions = renditions;
    }

    public void register(RoutesConfig routes) {
        routes.get(FILE, this::original, PUBLIC);
        routes.get(FILE + "/m/{size}", this::transformed, PUBLIC);
        routes.get(FILE + "/m/{size}/{filters}", this::transformed, PUBLIC);
    }

    private Asset asset(Context ctx) {
        long spaceId = Params.id(ctx, "space_id");
        var hash = ctx.pathParam("hash");
        if (!AssetFiles.isHash(hash)) throw new AssetNotFound(hash);
        return assets.byHash(spaceId, hash);
    }

    private void original(Context ctx) throws IOException {
        var asset = asset(ctx);
        var etag = "\"" + asset.hash() + "\"";
        common(ctx, asset.type(), etag, IMMUTABLE);
        ctx.header("Accept-Ranges", "bytes");
        ctx.header("Content-Disposition", "inline; filename=\"" + asset.name() + "\"");
        if (notModified(ctx, etag)) return;
        var file = files.original(asset.hash());
        long total = Files.size(file);
        var ifRange = ctx.header("If-Range");
        var range = ifRange == null || ifRange.equals(etag) ? ByteRange.parse(ctx.header("Range"), total) : java.util.Optional.<ByteRange>empty();
        try (var in = Files.newInputStream(file)) {
            if (range.isPresent()) {
                ctx.status(206).header("Content-Range", range.get().contentRange());
                in.skipNBytes(range.get().first());
                send(ctx, in, range.get().length());
            } else {
                send(ctx, in, total);
            }
        }
    }

    private void transformed(Context ctx) throws IOException {
        var asset = asset(ctx);
        var transform = Transform.parse(ctx.pathParam("size"), ctx.pathParamMap().get("filters"));
        var rendition = renditions.of(asset, transform);
        common(ctx, rendition.type(), rendition.etag(), rendition.cacheControl());
        ctx.header("X-Cache", rendition.cached() ? "HIT" : "MISS");
        if (notModified(ctx, rendition.etag())) return;
        try (var in = rendition.open()) {
            send(ctx, in, rendition.length());
        }
    }

    private static void common(Context ctx, MediaType type, String etag, String cacheControl) {
        // binary types take no charset; Javalin's response carries UTF-8, which Jetty would append
        ctx.res().setCharacterEncoding(null);
        ctx.res().setContentType(type.mime());
        ctx.header("ETag", etag);
        ctx.header("Cache-Control", cacheControl);
        ctx.header("X-Content-Type-Options", "nosniff");
        ctx.header("Access-Control-Allow-Origin", "*");
        if (type == MediaType.SVG) ctx.header("Content-Security-Policy", SVG_POLICY);
    }

    private static boolean notModified(Context ctx, String etag) {
        var header = ctx.header("If-None-Match");
        if (header == null) return false;
        boolean matches = header.strip().equals("*") || Arrays.stream(header.split(","))
                .map(tag -> tag.strip().replaceFirst("^W/", "")).anyMatch(etag::equals);
        if (matches) ctx.status(304);
        return matches;
    }

    /**
     * Writes the bytes straight to the servlet response, past Javalin's compression: images and videos are
     * compressed already, and the Content-Length and Content-Range sent must describe the bytes as they are.
     */
    private static void send(Context ctx, InputStream in, long length) throws IOException {
        ctx.res().setContentLengthLong(length);
        var out = ctx.res().getOutputStream();
        var buffer = new byte[64 * 1024];
        for (long left = length; left > 0; ) {
            int read = in.read(buffer, 0, (int) Math.min(buffer.length, left));
            if (read < 0) throw new IOException("the file ended " + left + " bytes early");
            try {
                out.write(buffer, 0, read);
            } catch (IOException e) {
                // the reader went away mid-file (a video player seeking, say): nobody is left to answer
                return;
            }
            left -= read;
        }
    }
}
