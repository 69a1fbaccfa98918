package dev.duet.presence;

import dev.duet.access.AccessGuard;
import dev.duet.content.Spaces;
import dev.duet.content.Stories;
import dev.duet.web.Json;
import dev.duet.web.Params;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static dev.duet.access.Permission.CONTENT_READ;

/**
 * Who has which story open. Anyone who may read a story may say they have it open, so heartbeats need only
 * {@code content:read}; they are not audited (one every 10 s per open editor would bury the audit log).
 */
public final class PresenceRoutes {

    static final String STORY_PRESENCE = "/api/spaces/{space_id}/stories/{story_id}/presence";

    record Heartbeat(Boolean editing) {
    }

    private final Presences presences;
    private final Stories stories;
    private final Spaces spaces;

    public PresenceRoutes(Presences presences, Stories stories, Spaces spaces) {
        this.presences = presences;
        this.stories = stories;
        this.spaces = spaces;
    }

    public void register(RoutesConfig routes) {
        routes.post(STORY_PRESENCE, this::beat, CONTENT_READ);
        routes.get(STORY_PRESENCE, this::onStory, CONTENT_READ);
        routes.delete(STORY_PRESENCE, this::leave, CONTENT_READ);
        routes.get("/api/spaces/{space_id}/presence", this::inSpace, CONTENT_READ);
    }

    private void beat(Context ctx) {
        var heartbeat = ctx.body().isBlank() ? new Heartbeat(false) : Json.body(ctx, Heartbeat.class);
        long storyId = requireStory(ctx);
        long me = AccessGuard.principal(ctx).userId();
        presences.beat(Params.id(ctx, "space_id"), storyId, me, Boolean.TRUE.equals(heartbeat.editing()));
        AccessGuard.unaudited(ctx);
        answer(ctx, presences.onStory(storyId).stream().filter(presence -> presence.userId() != me).toList());
    }

    private void onStory(Context ctx) {
        answer(ctx, presences.onStory(requireStory(ctx)));
    }

    private void leave(Context ctx) {
        presences.leave(requireStory(ctx), AccessGuard.principal(ctx).userId());
        AccessGuard.unaudited(ctx);
        ctx.status(204);
    }

    private void inSpace(Context ctx) {
        long spaceId = Params.id(ctx, "space_id");
        spaces.get(spaceId);
        answer(ctx, presences.inSpace(spaceId));
    }

    private long requireStory(Context ctx) {
        return stories.get(Params.id(ctx, "space_id"), Params.id(ctx, "story_id")).id();
    }

    private static void answer(Context ctx, List<Presence> present) {
        ctx.json(Map.of("present", present.stream().map(PresenceRoutes::json).toList()));
    }

    private static Map<String, Object> json(Presence presence) {
        var out = new LinkedHashMap<String, Object>();
        out.put("story_id", presence.storyId());
        out.put("user_id", presence.userId());
        out.put("name", presence.name());
        out.put("email", presence.email());
        out.put("editing", presence.editing());
        out.put("since", presence.since());
        out.put("seen_at", presence.seenAt());
        return out;
    }
}
