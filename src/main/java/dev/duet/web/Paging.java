package dev.duet.web;

import dev.duet.failure.InvalidInput;
import io.javalin.http.Context;

/**
 * {@code page} (from 1) and {@code per_page} (1–100, default 25) of a list request; lists answer with the
 * {@code total} and {@code per-page} headers, as Storyblok's APIs do.
 */
public record Paging(int page, int perPage) {

    public static final int DEFAULT_PER_PAGE = 25;
    public static final int MAX_PER_PAGE = 100;

    public static Paging of(Context ctx) {
        int page = number(ctx, "page", 1);
        int perPage = number(ctx, "per_page", DEFAULT_PER_PAGE);
        if (page < 1) throw InvalidInput.field("page", "must be 1 or more");
        if (perPage < 1 || perPage > MAX_PER_PAGE) throw InvalidInput.field("per_page", "must be between 1 and " + MAX_PER_PAGE);
        return new Paging(page, perPage);
    }

    public int offset() {
        return (page - 1) * perPage;
    }

    public void answer(Context ctx, long total) {
        ctx.header("total", Long.toString(total));
        ctx.header("per-page", Integer.toString(perPage));
    }

    private static int number(Context ctx, String name, int fallback) {
        var raw = ctx.queryParam(name);
        if (raw == null || raw.isBlank()) return fallback;
        try {
            return Integer.parseInt(raw.strip());
        } catch (NumberFormatException e) {
            throw InvalidInput.field(name, "must be a whole number, got " + raw);
        }
    }
}
