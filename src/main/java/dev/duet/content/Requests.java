package dev.duet.content;

import dev.duet.failure.InvalidInput;
import dev.duet.web.Json;
import io.javalin.http.Context;

import java.util.regex.Pattern;

/** Reading what story write requests share: an optional body and the version the write is based on. */
final class Requests {

    private static final Pattern ENTITY_TAG = Pattern.compile("^(?:W/)?\"?(\\d{1,9})\"?$");

    private Requests() {
    }

    /** The body as {@code type}, or {@code empty} when the request has no body (it is optional for this route). */
    static <T> T optionalBody(Context ctx, Class<T> type, T empty) {
        return ctx.body().isBlank() ? empty : Json.body(ctx, type);
    }

    /**
     * The story version the client based its write on: the {@code If-Match} header ({@code "4"}) or the body field
     * {@code version}; null when neither was sent (the story then answers 428).
     */
    static Long basedOn(Context ctx, Long bodyVersion) {
        var header = ctx.header("If-Match");
        if (header == null || header.isBlank()) return bodyVersion;
        var matcher = ENTITY_TAG.matcher(header.strip());
        if (!matcher.matches()) {
            throw InvalidInput.field("If-Match", "must be the story version in quotes, like \"4\", got " + header);
        }
        long version = Long.parseLong(matcher.group(1));
        if (bodyVersion != null && bodyVersion != version) {
            throw InvalidInput.field("version", "is " + bodyVersion + " but the If-Match header says " + version + "; send one");
        }
        return version;
    }

    /** The ETag of a story: its version, which If-Match sends back. */
    static String entityTag(Story story) {
        return "\"" + story.version() + "\"";
    }
}
