package dev.duet.delivery;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;

import java.util.List;

import static dev.duet.access.Permission.DELIVERY;

/**
 * The delivery API's Javalin routes under {@code /v2/cdn}: everything the fast path passes on (drafts, first reads of
 * a space, unknown tokens, errors) and every other endpoint. Both write the same {@link CdnResponse}s.
 */
public final class DeliveryRoutes {

    private static final List<String> PATHS = List.of("/v2/cdn/stories", "/v2/cdn/stories/<path>", "/v2/cdn/links",
            "/v2/cdn/links/{uuid}", "/v2/cdn/tags", "/v2/cdn/datasources", "/v2/cdn/datasource_entries",
            "/v2/cdn/spaces/me");

    private final Cdn cdn;

    public DeliveryRoutes(Delivery delivery) {
        this.cdn = delivery.cdn();
    }

    public void register(RoutesConfig routes) {
        routes.before(CdnRequest.BASE + "/*", ctx -> {
            ctx.header(Cors.ALLOW_ORIGIN, Cors.ANY);
            ctx.header(Cors.EXPOSE_HEADERS, Cors.EXPOSED);
        });
        for (var path : PATHS) routes.get(path, this::answer, DELIVERY);
        routes.options(CdnRequest.BASE + "/<path>", DeliveryRoutes::preflight, DELIVERY);
    }

    private void answer(Context ctx) {
        var response = cdn.answer(CdnRequest.of(ctx.path(), ctx.queryString(), ctx.header("If-None-Match"),
                ctx.header(ExperimentView.HEADER)));
        ctx.status(response.status()).contentType(Cors.CONTENT_TYPE);
        ctx.header("Cache-Control", response.cacheControl());
        if (response.etag() != null) ctx.header("ETag", response.etag());
        if (response.vary() != null) ctx.header("Vary", response.vary());
        if (response.total() >= 0) ctx.header("total", Long.toString(response.total()));
        if (response.perPage() >= 0) ctx.header("per-page", Integer.toString(response.perPage()));
        if (response.location() != null) ctx.header("Location", response.location());
        if (response.retryAfterSeconds() > 0) ctx.header("Retry-After", Long.toString(response.retryAfterSeconds()));
        if (response.body() != null) ctx.result(response.body());
    }

    private static void preflight(Context ctx) {
        ctx.header(Cors.ALLOW_METHODS, Cors.METHODS);
        var requested = ctx.header("Access-Control-Request-Headers");
        ctx.header(Cors.ALLOW_HEADERS, requested == null || requested.isBlank() ? "Content-Type, Accept" : requested);
        ctx.header(Cors.MAX_AGE, Cors.PREFLIGHT_MAX_AGE);
        ctx.status(204);
    }
}
