package dev.duet.schema;

import com.fasterxml.jackson.databind.JsonNode;
import dev.duet.failure.InvalidInput;
import dev.duet.failure.VersionRequired;
import dev.duet.web.IfMatch;
import io.javalin.http.Context;

/**
 * The version a writer edited, for optimistic locking: the header {@code If-Match: "3"} or the body field
 * {@code "version": 3} (top level, or inside the sent object, as a GET answered it). Without one the write is refused
 * with 428, so no client overwrites an edit it never saw.
 */
final class EditedVersion {

    private EditedVersion() {
    }

    static long of(Context ctx, JsonNode body, String wrapper, String what) {
        var version = IfMatch.basedOn(ctx, field(body, wrapper));
        if (version == null) throw new VersionRequired(what);
        return version;
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
