package dev.duet.app;

import io.javalin.config.RoutesConfig;

import java.io.IOException;
import java.io.UncheckedIOException;

import static dev.duet.access.Permission.PUBLIC;

/** Serves the hand-written OpenAPI 3.1 description and a health check. */
public final class DocsRoutes {

    private final byte[] description;

    public DocsRoutes() {
        try (var in = DocsRoutes.class.getResourceAsStream("/openapi.json")) {
            if (in == null) throw new IllegalStateException("openapi.json is missing from the build");
            this.description = in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public void register(RoutesConfig routes) {
        routes.get("/api/openapi.json", ctx -> ctx.contentType("application/json").result(description), PUBLIC);
        routes.get("/health", ctx -> ctx.json(java.util.Map.of("status", "ok")), PUBLIC);
    }
}
