package dev.duet.schema;

import com.fasterxml.jackson.databind.JsonNode;
import dev.duet.failure.InvalidInput;
import io.javalin.http.Context;

import java.util.regex.Pattern;

/**
 * The version a writer edited, for optimistic locking: the header {@code If-Match: "3"} or the body field
 * {@code "version": 3} (top level, or inside the sent object, as a GET answered it). Without one the write is refused
 * with 428, so no client overwrites an edit it never saw.
 */
final class EditedVersion {

    private static final Pattern ETAG = Pattern.compile("^(W/)?\"?(\\d{1,18})\"?$");

    private EditedVersion() {
    }

    /** The {@code ETag} value for a version, as {@code If-Match} expects it back. */
    static String etag(long version) {
        return "\"" + version + "\"";
    }

    static long of(Context ctx, JsonNode body, String wrapper, String what) {
        var header = header(ctx.header("If-Match"));
        var field = field(body, wrapper);
        if (header != null && field != null && !header.equals(field)) {
            throw InvalidInput.field("version", "is " + field + " but If-Match says " + header + "; send one version");
        }
        var version = header != null ? header : field;
        if (version == null) throw new VersionRequired(what);
        return version;
    }

    private static Long header(String value) {
        if (value == null || value.isBlank()) return null;
        var matcher = ETAG.matcher(value.strip());
        if (!matcher.matches()) throw InvalidInput.field("If-Match", "must be a version like \"3\", got " + value);
        return Long.parseLong(matcher.group(2));
    }

    private static Long field(JsonNode body, String wrapper) {
        if (body == null) return null;
        var version = body.get("version");
        if ((version == null || version.isNull()) && body.get(wrapper) != null) version = body.get(wrapper).get("version");
        if (version == null || version.isNull()) return null;
        if (version.canConvertToLong() && version.isIntegralNumber()) return version.longValue();
        var text = version.isTextual() ? version.textValue().strip() : "";
        if (text.matches("\\d{1,18}")) return Long.parseLong(text);
        throw InvalidInput.field("version", "must be a whole number, got " + version);
    }
}
