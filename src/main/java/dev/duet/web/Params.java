package dev.duet.web;

import dev.duet.failure.InvalidInput;
import io.javalin.http.Context;

/** Reading path and query parameters with 400s that name the parameter. */
public final class Params {

    private Params() {
    }

    /** A numeric path parameter. */
    public static long id(Context ctx, String name) {
        return parseId(name, ctx.pathParam(name));
    }

    public static long parseId(String name, String raw) {
        try {
            return Long.parseLong(raw.strip());
        } catch (NumberFormatException e) {
            throw InvalidInput.field(name, "must be a numeric id, got " + raw);
        }
    }

    /** An optional numeric query parameter. */
    public static Long queryId(Context ctx, String name) {
        var raw = ctx.queryParam(name);
        return raw == null || raw.isBlank() ? null : parseId(name, raw);
    }

    /** An optional true/false query parameter. */
    public static Boolean queryFlag(Context ctx, String name) {
        var raw = ctx.queryParam(name);
        if (raw == null || raw.isBlank()) return null;
        return switch (raw.strip()) {
            case "true", "1" -> true;
            case "false", "0" -> false;
            default -> throw InvalidInput.field(name, "must be true or false, got " + raw);
        };
    }
}
