package dev.duet.schema;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.duet.failure.InvalidInput;
import dev.duet.web.Json;
import dev.duet.web.Paging;
import dev.duet.web.Params;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;

import java.util.Map;

import static dev.duet.access.Permission.CONTENT_READ;
import static dev.duet.access.Permission.SCHEMA_WRITE;

/**
 * Components over HTTP, shaped like Storyblok's management API: bodies {@code {"component": {...}}}, answers
 * {@code {"component": {...}}} and {@code {"components": [...]}}. Changes and deletions need the edited version.
 */
public final class ComponentRoutes {

    private static final String PATH = "/api/spaces/{space_id}/components";

    private final Components components;
    private final ComponentGroups groups;

    public ComponentRoutes(Components components, ComponentGroups groups) {
        this.components = components;
        this.groups = groups;
    }

    public void register(RoutesConfig routes) {
        routes.get(PATH, this::list, CONTENT_READ);
        routes.post(PATH, this::create, SCHEMA_WRITE);
        routes.get(PATH + "/{component_id}", this::get, CONTENT_READ);
        routes.put(PATH + "/{component_id}", this::update, SCHEMA_WRITE);
        routes.delete(PATH + "/{component_id}", this::delete, SCHEMA_WRITE);
    }

    private void list(Context ctx) {
        long spaceId = spaceId(ctx);
        var paging = Paging.of(ctx);
        var filter = new ComponentFilter(blankToNull(ctx.queryParam("search")), blankToNull(ctx.queryParam("group_uuid")),
                Params.queryFlag(ctx, "is_root"));
        paging.answer(ctx, components.count(spaceId, filter));
        // Storyblok answers the groups beside the components, and its tools read them from there.
        ctx.json(Map.of("components", components.list(spaceId, filter, paging.offset(), paging.perPage()),
                "component_groups", groups.list(spaceId)));
    }

    private void create(Context ctx) {
        var body = body(ctx);
        var component = components.create(spaceId(ctx), ComponentDraft.parse(body.get("component")));
        answer(ctx.status(201), component);
    }

    private void get(Context ctx) {
        answer(ctx, components.get(spaceId(ctx), Params.id(ctx, "component_id")));
    }

    private void update(Context ctx) {
        var body = body(ctx);
        var changes = body.get("component") instanceof ObjectNode object ? object : null;
        if (changes == null) {
            throw InvalidInput.field("component", "required: send {\"component\": {...}} with the fields to change");
        }
        long spaceId = spaceId(ctx);
        long id = Params.id(ctx, "component_id");
        long version = EditedVersion.of(ctx, body, "component", "component");
        answer(ctx, components.update(spaceId, id, version, changes));
    }

    private void delete(Context ctx) {
        var body = ctx.body().isBlank() ? null : Json.body(ctx, JsonNode.class);
        long spaceId = spaceId(ctx);
        long id = Params.id(ctx, "component_id");
        components.delete(spaceId, id, EditedVersion.of(ctx, body, "component", "component"));
        ctx.status(204);
    }

    private static void answer(Context ctx, Component component) {
        ctx.header("ETag", dev.duet.web.IfMatch.etag(component.version())).json(Map.of("component", component));
    }

    private static JsonNode body(Context ctx) {
        var body = Json.body(ctx, JsonNode.class);
        if (!body.isObject()) throw new InvalidInput("request body must be a JSON object like {\"component\": {...}}");
        if (body.get("component") == null || body.get("component").isNull()) {
            throw InvalidInput.field("component", "required: send {\"component\": {\"name\": ..., \"schema\": {...}}}");
        }
        return body;
    }

    static long spaceId(Context ctx) {
        return Params.id(ctx, "space_id");
    }

    static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
