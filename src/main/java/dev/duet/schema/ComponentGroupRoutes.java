package dev.duet.schema;

import com.fasterxml.jackson.databind.JsonNode;
import dev.duet.failure.InvalidInput;
import dev.duet.web.Json;
import dev.duet.web.Params;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;

import java.util.Map;

import static dev.duet.access.Permission.CONTENT_READ;
import static dev.duet.access.Permission.SCHEMA_WRITE;

/**
 * Component groups over HTTP: bodies and answers {@code {"component_group": {"name": ...}}}, lists
 * {@code {"component_groups": [...]}}.
 */
public final class ComponentGroupRoutes {

    private static final String PATH = "/api/spaces/{space_id}/component_groups";

    private final ComponentGroups groups;

    public ComponentGroupRoutes(ComponentGroups groups) {
        this.groups = groups;
    }

    public void register(RoutesConfig routes) {
        routes.get(PATH, ctx -> ctx.json(Map.of("component_groups", groups.list(ComponentRoutes.spaceId(ctx)))), CONTENT_READ);
        routes.post(PATH, this::create, SCHEMA_WRITE);
        routes.get(PATH + "/{group_id}", ctx -> answer(ctx, groups.get(ComponentRoutes.spaceId(ctx), groupId(ctx))), CONTENT_READ);
        routes.put(PATH + "/{group_id}", this::rename, SCHEMA_WRITE);
        routes.delete(PATH + "/{group_id}", this::delete, SCHEMA_WRITE);
    }

    private void create(Context ctx) {
        var name = name(ctx);
        answer(ctx.status(201), groups.create(ComponentRoutes.spaceId(ctx), name));
    }

    private void rename(Context ctx) {
        var name = name(ctx);
        answer(ctx, groups.rename(ComponentRoutes.spaceId(ctx), groupId(ctx), name));
    }

    private void delete(Context ctx) {
        groups.delete(ComponentRoutes.spaceId(ctx), groupId(ctx));
        ctx.status(204);
    }

    private static long groupId(Context ctx) {
        return Params.id(ctx, "group_id");
    }

    private static String name(Context ctx) {
        var body = Json.body(ctx, JsonNode.class);
        var group = body.get("component_group");
        if (group == null || !group.isObject()) {
            throw InvalidInput.field("component_group", "required: send {\"component_group\": {\"name\": \"...\"}}");
        }
        var name = group.get("name");
        if (name != null && !name.isNull() && !name.isTextual()) throw InvalidInput.field("name", "must be text");
        return name == null || name.isNull() ? null : name.textValue();
    }

    private static void answer(Context ctx, ComponentGroup group) {
        ctx.json(Map.of("component_group", group));
    }
}
