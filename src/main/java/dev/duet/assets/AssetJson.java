package dev.duet.assets;

import io.javalin.http.Context;

import java.time.Instant;
import java.util.regex.Pattern;

/**
 * An asset as the management API answers it, shaped like Storyblok's: {@code filename} is the absolute public URL
 * (built from the request's scheme and Host, or a proxy's forwarded ones), {@code short_filename} the name, and
 * {@code field_value} the object an asset field stores in story content, ready for a picker to put there.
 */
record AssetJson(long id, long spaceId, Long assetFolderId, String filename, String shortFilename, String contentType,
                 long contentLength, Integer width, Integer height, String alt, String title, String copyright,
                 String focus, Instant createdAt, Instant updatedAt, FieldValue fieldValue) {

    /** Storyblok's asset field value: {@code {"id", "filename", "alt", "title", "copyright", "focus", "name", "fieldtype"}}. */
    record FieldValue(long id, String filename, String alt, String title, String copyright, String focus, String name,
                      String fieldtype) {
    }

    private static final Pattern HOST = Pattern.compile("^([A-Za-z0-9.-]+|\\[[0-9A-Fa-f:.]+])(:\\d{1,5})?$");

    static AssetJson of(Asset asset, String base) {
        var url = base + asset.publicPath();
        var focus = asset.focus() == null ? null : asset.focus().toString();
        return new AssetJson(asset.id(), asset.spaceId(), asset.folderId(), url, asset.name(), asset.type().mime(),
                asset.size(), asset.width(), asset.height(), asset.alt(), asset.title(), asset.copyright(), focus,
                asset.createdAt(), asset.updatedAt(),
                new FieldValue(asset.id(), url, asset.alt(), asset.title(), asset.copyright(), focus, asset.name(), "asset"));
    }

    /**
     * {@code scheme://host[:port]} under which the caller reaches Duet: the request's, or what a reverse proxy says in
     * {@code X-Forwarded-Proto} and {@code X-Forwarded-Host} (a caller who forges them only misleads itself, as the
     * URL is answered to it alone).
     */
    static String base(Context ctx) {
        var host = first(ctx.header("X-Forwarded-Host"));
        if (host == null || !HOST.matcher(host).matches()) host = ctx.host();
        if (host == null || !HOST.matcher(host).matches()) host = "localhost";
        var proto = first(ctx.header("X-Forwarded-Proto"));
        var scheme = "https".equalsIgnoreCase(proto) || proto == null && "https".equals(ctx.scheme()) ? "https" : "http";
        return scheme + "://" + host;
    }

    /** The first of a comma-separated list of proxies' values. */
    private static String first(String header) {
        return header == null || header.isBlank() ? null : header.split(",")[0].strip();
    }
}
