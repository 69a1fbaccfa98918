package dev.duet.web;

import dev.duet.failure.InvalidInput;
import io.javalin.http.Context;

import java.util.regex.Pattern;

/**
 * Optimistic locking over HTTP: versioned resources answer with {@code ETag: "<version>"}, and writes name the version
 * they were based on, as {@code If-Match: "<version>"} or a body field {@code version}.
 */
public final class IfMatch {

    private static final Pattern ENTITY_TAG = Pattern.compile("^(?:W/)?\"?(\\d{1,18})\"?$");

    private IfMatch() {
    }

    /** The {@code ETag} of a version, which {@code If-Match} sends back. */
    public static String etag(long version) {
        return "\"" + version + "\"";
    }

    /** The version in the {@code If-Match} header, or null without one. */
    public static Long header(Context ctx) {
        var header = ctx.header("If-Match");
        if (header == null || header.isBlank()) return null;
        var matcher = ENTITY_TAG.matcher(header.strip());
        if (!matcher.matches()) throw InvalidInput.field("If-Match", "must be a version in quotes, like \"4\", got " + header);
        return Long.parseLong(matcher.group(1));
    }

    /** The version a write is based on, from the header or the body's {@code version}; null when neither was sent. */
    public static Long basedOn(Context ctx, Long bodyVersion) {
        var header = header(ctx);
        if (header == null) return bodyVersion;
        if (bodyVersion != null && !bodyVersion.equals(header)) {
            throw InvalidInput.field("version", "is " + bodyVersion + " but the If-Match header says " + header + "; send one");
        }
        return header;
    }
}
