package dev.duet.assets;

import io.javalin.http.Context;

import java.time.Instant;
import java.util.regex.Pattern;

/**
 * An asset as the management API answers it, shaped like Storyblok's: {@code filename} is the absolute public URL
 * (built from the request's scheme and Host), {@code short_filename} the name, and {@code field_value} the object an
 * asset field stores in story content, ready for a picker to put there.
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

    /** {@code scheme://host[:port]} of the request, which is where its caller reaches Duet's public files. */
    static String base(Context ctx) {
        var host = ctx.host();
        if (host == null || !HOST.matcher(host).matches()) host = "localhost";
        var scheme = "https".equals(ctx.scheme()) ? "https" : "http";
        return scheme + "://" + host;
    }
}
