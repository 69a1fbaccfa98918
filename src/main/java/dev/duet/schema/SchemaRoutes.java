package dev.duet.schema;

import com.fasterxml.jackson.databind.JsonNode;
import dev.duet.access.AccessGuard;
import dev.duet.web.Json;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;

import java.util.Map;

import static dev.duet.access.Permission.CONTENT_READ;
import static dev.duet.access.Permission.SCHEMA_WRITE;

/**
 * Schema as code over HTTP: {@code GET .../schema} exports the space's components and groups in the file format;
 * {@code POST .../schema/plan} answers {@code {"plan": {...}}} for the files sent, {@code POST .../schema/apply}
 * applies them and answers the plan it applied with {@code stories_migrated} and {@code stories_republished}.
 */
public final class SchemaRoutes {

    private static final String PATH = "/api/spaces/{space_id}/schema";

    private final SchemaSync sync;

    public SchemaRoutes(SchemaSync sync) {
        this.sync = sync;
    }

    public void register(RoutesConfig routes) {
        routes.get(PATH, ctx -> ctx.json(sync.export(ComponentRoutes.spaceId(ctx)).toJson()), CONTENT_READ);
        routes.post(PATH + "/plan", this::plan, SCHEMA_WRITE);
        routes.post(PATH + "/apply", this::apply, SCHEMA_WRITE);
    }

    private void plan(Context ctx) {
        var request = SchemaSync.Request.parse(Json.body(ctx, JsonNode.class));
        ctx.json(Map.of("plan", sync.plan(ComponentRoutes.spaceId(ctx), request)));
    }

    private void apply(Context ctx) {
        var request = SchemaSync.Request.parse(Json.body(ctx, JsonNode.class));
        var applied = sync.apply(ComponentRoutes.spaceId(ctx), request, AccessGuard.principal(ctx).email());
        AccessGuard.auditDetails(ctx, Map.of("components", applied.plan().components().size(),
                "stories_migrated", applied.storiesMigrated(), "data_loss_accepted", request.acceptDataLoss()));
        ctx.json(Map.of("plan", applied.plan(), "stories_migrated", applied.storiesMigrated(),
                "stories_republished", applied.storiesRepublished()));
    }
}
