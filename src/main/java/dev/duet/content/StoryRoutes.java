package dev.duet.content;

import com.fasterxml.jackson.databind.JsonNode;
import dev.duet.access.AccessGuard;
import dev.duet.failure.InvalidInput;
import dev.duet.web.IfMatch;
import dev.duet.web.Json;
import dev.duet.web.Paging;
import dev.duet.web.Params;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

import static dev.duet.access.Permission.*;

/** Stories and folders over HTTP: list, read, create, update, move, delete, publish, unpublish; and tags. */
public final class StoryRoutes {

    static final String STORIES = "/api/spaces/{space_id}/stories";
    static final String STORY = STORIES + "/{story_id}";

    record StoryRequest(StoryInput story, Long version, String message) {
    }

    record MoveRequest(JsonNode parentId, Integer position, Long afterId, Long beforeId, Long version) {
    }

    record PublishRequest(Integer versionNumber, Long version) {
    }

    private final Stories stories;
    private final StoryListing listing;
    private final StoryService service;
    private final StoryPublishing publishing;
    private final StoryJson json;

    public StoryRoutes(Stories stories, StoryListing listing, StoryService service, StoryPublishing publishing) {
        this.stories = stories;
        this.json = new StoryJson(stories);
        this.listing = listing;
        this.service = service;
        this.publishing = publishing;
    }

    public void register(RoutesConfig routes) {
        routes.get(STORIES, this::list, CONTENT_READ);
        routes.post(STORIES, this::create, STORY_WRITE);
        routes.get(STORY, this::get, CONTENT_READ);
        routes.put(STORY, this::update, STORY_WRITE);
        routes.delete(STORY, this::delete, STORY_WRITE);
        routes.post(STORY + "/move", this::move, STORY_WRITE);
        routes.post(STORY + "/publish", this::publish, STORY_PUBLISH);
        routes.post(STORY + "/unpublish", this::unpublish, STORY_PUBLISH);
        routes.get("/api/spaces/{space_id}/tags", ctx -> ctx.json(Map.of("tags", listing.tags(spaceId(ctx)))), CONTENT_READ);
    }

    static long spaceId(Context ctx) {
        return Params.id(ctx, "space_id");
    }

    static long storyId(Context ctx) {
        return Params.id(ctx, "story_id");
    }

    private void list(Context ctx) {
        var paging = Paging.of(ctx);
        var filter = filter(ctx);
        long spaceId = spaceId(ctx);
        var found = listing.list(spaceId, filter, paging.offset(), paging.perPage());
        paging.answer(ctx, listing.count(spaceId, filter));
        ctx.json(Map.of("stories", found.stream().map(StoryJson::summary).toList()));
    }

    private static StoryFilter filter(Context ctx) {
        var parent = ParentChoice.of("parent_id", number(ctx, "parent_id"));
        var withParent = ParentChoice.of("with_parent", number(ctx, "with_parent"));
        if (!(parent instanceof ParentChoice.Unchanged) && !(withParent instanceof ParentChoice.Unchanged)
                && !parent.equals(withParent)) {
            throw new InvalidInput("parent_id and with_parent name different folders; send one of them");
        }
        var tags = ctx.queryParam("tag") == null ? List.<String>of()
                : Arrays.stream(ctx.queryParam("tag").split(",")).map(String::strip).filter(t -> !t.isEmpty()).toList();
        return new StoryFilter(parent instanceof ParentChoice.Unchanged ? withParent : parent,
                blankToNull(ctx.queryParam("starts_with")), Params.queryFlag(ctx, "is_folder"),
                blankToNull(ctx.queryParam("component")), tags, StoryFilter.status(ctx.queryParam("status")),
                blankToNull(ctx.queryParam("search")), blankToNull(ctx.queryParam("updated_by")),
                StoryFilter.Sort.parse(ctx.queryParam("sort_by")));
    }

    /** A numeric query parameter as a JSON number (or absent), so folder ids read the same in queries and bodies. */
    private static JsonNode number(Context ctx, String name) {
        var raw = ctx.queryParam(name);
        if (raw == null || raw.isBlank()) return null;
        return Json.mapper().getNodeFactory().numberNode(Params.parseId(name, raw));
    }

    private void get(Context ctx) {
        json.answer(ctx, stories.get(spaceId(ctx), storyId(ctx)));
    }

    private void create(Context ctx) {
        var request = storyRequest(ctx);
        var story = service.create(spaceId(ctx), request.story(), request.message(), AccessGuard.principal(ctx).email());
        json.answer(ctx.status(201), story);
    }

    private void update(Context ctx) {
        var request = storyRequest(ctx);
        var version = request.version() != null ? request.version() : request.story().version();
        var story = service.update(spaceId(ctx), storyId(ctx), request.story(), IfMatch.basedOn(ctx, version),
                request.message(), AccessGuard.principal(ctx).email());
        json.answer(ctx, story);
    }

    private void delete(Context ctx) {
        var request = Requests.optionalBody(ctx, StoryRequest.class, new StoryRequest(null, null, null));
        var recursive = Boolean.TRUE.equals(Params.queryFlag(ctx, "recursive"));
        service.delete(spaceId(ctx), storyId(ctx), IfMatch.basedOn(ctx, request.version()), recursive);
        AccessGuard.auditDetails(ctx, Map.of("story_id", storyId(ctx), "recursive", recursive));
        ctx.status(204);
    }

    private void move(Context ctx) {
        var request = Json.body(ctx, MoveRequest.class);
        var placement = new Placement(request.position(), request.afterId(), request.beforeId());
        var story = service.move(spaceId(ctx), storyId(ctx), ParentChoice.of("parent_id", request.parentId()), placement,
                IfMatch.basedOn(ctx, request.version()), AccessGuard.principal(ctx).email());
        json.answer(ctx, story);
    }

    private void publish(Context ctx) {
        var request = Requests.optionalBody(ctx, PublishRequest.class, new PublishRequest(null, null));
        var story = publishing.publish(spaceId(ctx), storyId(ctx), request.versionNumber(),
                IfMatch.basedOn(ctx, request.version()), AccessGuard.principal(ctx).email());
        json.answer(ctx, story);
    }

    private void unpublish(Context ctx) {
        var request = Requests.optionalBody(ctx, PublishRequest.class, new PublishRequest(null, null));
        var story = publishing.unpublish(spaceId(ctx), storyId(ctx), IfMatch.basedOn(ctx, request.version()),
                AccessGuard.principal(ctx).email());
        json.answer(ctx, story);
    }

    private static StoryRequest storyRequest(Context ctx) {
        var request = Json.body(ctx, StoryRequest.class);
        if (request.story() == null) {
            throw InvalidInput.field("story", "is required: send {\"story\": {...}, \"version\": n, \"message\": \"...\"}");
        }
        return request;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
