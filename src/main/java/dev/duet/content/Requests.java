package dev.duet.content;

import dev.duet.web.Json;
import io.javalin.http.Context;


/** Reading what story write requests share: an optional body and the version the write is based on. */
final class Requests {

    private Requests() {
    }

    /** The body as {@code type}, or {@code empty} when the request has no body (it is optional for this route). */
    static <T> T optionalBody(Context ctx, Class<T> type, T empty) {
        return ctx.body().isBlank() ? empty : Json.body(ctx, type);
    }
}
