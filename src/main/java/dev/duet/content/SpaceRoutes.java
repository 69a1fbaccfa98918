package dev.duet.content;

import dev.duet.web.Json;
import dev.duet.web.Params;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;

import java.util.Map;

import static dev.duet.access.Permission.*;

/** Spaces and their delivery tokens over HTTP. */
public final class SpaceRoutes {

    record TokenRequest(String access) {
    }

    private final Spaces spaces;

    public SpaceRoutes(Spaces spaces) {
        this.spaces = spaces;
    }

    public void register(RoutesConfig routes) {
        routes.get("/api/spaces", ctx -> ctx.json(Map.of("spaces", spaces.list())), CONTENT_READ);
        routes.post("/api/spaces", this::create, SPACE_MANAGE);
        routes.get("/api/spaces/{space_id}", ctx -> ctx.json(Map.of("space", spaces.get(spaceId(ctx)))), CONTENT_READ);
        routes.patch("/api/spaces/{space_id}", this::update, SPACE_MANAGE);
        routes.delete("/api/spaces/{space_id}", this::delete, SPACE_MANAGE);
        routes.get("/api/spaces/{space_id}/delivery_tokens", ctx -> ctx.json(Map.of("tokens", spaces.tokens(spaceId(ctx)))), SPACE_MANAGE);
        routes.post("/api/spaces/{space_id}/delivery_tokens", this::createToken, SPACE_MANAGE);
        routes.delete("/api/spaces/{space_id}/delivery_tokens/{token}", this::deleteToken, SPACE_MANAGE);
    }

    static long spaceId(Context ctx) {
        return Params.id(ctx, "space_id");
    }

    private void create(Context ctx) {
        var space = spaces.create(Json.body(ctx, Spaces.Settings.class));
        ctx.status(201).json(Map.of("space", space, "tokens", spaces.tokens(space.id())));
    }

    private void update(Context ctx) {
        ctx.json(Map.of("space", spaces.update(spaceId(ctx), Json.body(ctx, Spaces.Settings.class))));
    }

    private void delete(Context ctx) {
        spaces.delete(spaceId(ctx));
        ctx.status(204);
    }

    private void createToken(Context ctx) {
        var request = Json.body(ctx, TokenRequest.class);
        ctx.status(201).json(Map.of("token", spaces.createToken(spaceId(ctx), request.access())));
    }

    private void deleteToken(Context ctx) {
        spaces.deleteToken(spaceId(ctx), ctx.pathParam("token"));
        ctx.status(204);
    }
}
