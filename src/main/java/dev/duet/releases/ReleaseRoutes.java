package dev.duet.releases;

import dev.duet.access.AccessGuard;
import dev.duet.failure.InvalidInput;
import dev.duet.web.Json;
import dev.duet.web.Paging;
import dev.duet.web.Params;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;

import java.util.Map;

import static dev.duet.access.Permission.*;

/** Releases over HTTP: list, create, read, describe, delete; their stories; merge and revert; a story's releases. */
public final class ReleaseRoutes {

    static final String RELEASES = "/api/spaces/{space_id}/releases";
    static final String RELEASE = RELEASES + "/{release_id}";
    static final String ITEMS = RELEASE + "/items";

    record ReleaseInput(String name, String description) {
    }

    record ReleaseRequest(ReleaseInput release) {
    }

    record ItemRequest(Long storyId, Integer versionNumber) {
    }

    record RepinRequest(Integer versionNumber) {
    }

    record MergeRequest(Boolean force) {
    }

    private final Releases releases;

    public ReleaseRoutes(Releases releases) {
        this.releases = releases;
    }

    public void register(RoutesConfig routes) {
        routes.get(RELEASES, this::list, CONTENT_READ);
        routes.post(RELEASES, this::create, STORY_WRITE);
        routes.get(RELEASE, ctx -> answer(ctx, releases.get(spaceId(ctx), releaseId(ctx))), CONTENT_READ);
        routes.put(RELEASE, this::describe, STORY_WRITE);
        routes.delete(RELEASE, this::delete, STORY_WRITE);
        routes.post(ITEMS, this::add, STORY_WRITE);
        routes.put(ITEMS + "/{story_id}", this::repin, STORY_WRITE);
        routes.delete(ITEMS + "/{story_id}", ctx -> answer(ctx, releases.remove(spaceId(ctx), releaseId(ctx), storyId(ctx))),
                STORY_WRITE);
        routes.post(RELEASE + "/merge", this::merge, STORY_PUBLISH);
        routes.post(RELEASE + "/revert", ctx -> answer(ctx, releases.revert(spaceId(ctx), releaseId(ctx), actor(ctx))),
                STORY_PUBLISH);
        routes.get("/api/spaces/{space_id}/stories/{story_id}/releases",
                ctx -> ctx.json(Map.of("releases", releases.holding(spaceId(ctx), storyId(ctx)))), CONTENT_READ);
    }

    private void list(Context ctx) {
        var paging = Paging.of(ctx);
        var raw = ctx.queryParam("status");
        var status = raw == null || raw.isBlank() ? null : ReleaseStatus.parse("status", raw.strip());
        long spaceId = spaceId(ctx);
        var found = releases.list(spaceId, status, paging.offset(), paging.perPage());
        paging.answer(ctx, releases.count(spaceId, status));
        ctx.json(Map.of("releases", found));
    }

    private void create(Context ctx) {
        var input = input(ctx);
        answer(ctx.status(201), releases.create(spaceId(ctx), input.name(), input.description(), actor(ctx)));
    }

    private void describe(Context ctx) {
        var input = input(ctx);
        answer(ctx, releases.describe(spaceId(ctx), releaseId(ctx), input.name(), input.description()));
    }

    private void delete(Context ctx) {
        releases.delete(spaceId(ctx), releaseId(ctx));
        AccessGuard.auditDetails(ctx, Map.of("release_id", releaseId(ctx)));
        ctx.status(204);
    }

    private void add(Context ctx) {
        var request = Json.body(ctx, ItemRequest.class);
        if (request.storyId() == null) throw InvalidInput.field("story_id", "is required");
        answer(ctx.status(201), releases.add(spaceId(ctx), releaseId(ctx), request.storyId(), request.versionNumber(),
                actor(ctx)));
    }

    private void repin(Context ctx) {
        var request = ctx.body().isBlank() ? new RepinRequest(null) : Json.body(ctx, RepinRequest.class);
        answer(ctx, releases.repin(spaceId(ctx), releaseId(ctx), storyId(ctx), request.versionNumber(), actor(ctx)));
    }

    private void merge(Context ctx) {
        var request = ctx.body().isBlank() ? new MergeRequest(false) : Json.body(ctx, MergeRequest.class);
        answer(ctx, releases.merge(spaceId(ctx), releaseId(ctx), Boolean.TRUE.equals(request.force()), actor(ctx)));
    }

    private static ReleaseInput input(Context ctx) {
        var request = Json.body(ctx, ReleaseRequest.class);
        if (request.release() == null) {
            throw InvalidInput.field("release", "is required: send {\"release\": {\"name\": \"...\", \"description\": \"...\"}}");
        }
        return request.release();
    }

    private static void answer(Context ctx, Releases.Detail detail) {
        ctx.json(Map.of("release", detail));
    }

    private static String actor(Context ctx) {
        return AccessGuard.principal(ctx).email();
    }

    private static long spaceId(Context ctx) {
        return Params.id(ctx, "space_id");
    }

    private static long releaseId(Context ctx) {
        return Params.id(ctx, "release_id");
    }

    private static long storyId(Context ctx) {
        return Params.id(ctx, "story_id");
    }
}
