package dev.duet.activity;

import dev.duet.access.AccessGuard;
import dev.duet.failure.InvalidInput;
import dev.duet.web.Paging;
import dev.duet.web.Params;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.LongConsumer;

import static dev.duet.access.Permission.CONTENT_READ;
import static dev.duet.access.Permission.SIGNED_IN;

/** The feed of a space or story, and the caller's own notifications (read, mark read). */
public final class ActivityRoutes {

    private final ActivityLog log;
    private final LongConsumer requireSpace;

    /** {@code requireSpace} throws the not-found failure for a space that does not exist. */
    public ActivityRoutes(ActivityLog log, LongConsumer requireSpace) {
        this.log = log;
        this.requireSpace = requireSpace;
    }

    public void register(RoutesConfig routes) {
        routes.get("/api/spaces/{space_id}/activity", this::feed, CONTENT_READ);
        routes.get("/api/notifications", this::notifications, SIGNED_IN);
        routes.post("/api/notifications/read_all", this::readAll, SIGNED_IN);
        routes.post("/api/notifications/{notification_id}/read", this::read, SIGNED_IN);
    }

    private void feed(Context ctx) {
        long spaceId = Params.id(ctx, "space_id");
        requireSpace.accept(spaceId);
        var story = ctx.queryParam("story_id");
        Long storyId = story == null || story.isBlank() ? null : Params.parseId("story_id", story);
        var kind = kind(ctx.queryParam("kind"));
        var paging = Paging.of(ctx);
        var entries = log.feed(spaceId, storyId, kind, paging.offset(), paging.perPage());
        paging.answer(ctx, log.count(spaceId, storyId, kind));
        ctx.json(Map.of("activity", entries.stream().map(ActivityRoutes::json).toList()));
    }

    private static ActivityKind kind(String raw) {
        if (raw == null || raw.isBlank()) return null;
        return ActivityKind.of(raw.strip()).orElseThrow(() -> InvalidInput.field("kind",
                "must be one of " + java.util.Arrays.stream(ActivityKind.values()).map(ActivityKind::id).toList()
                        + ", got " + raw));
    }

    private void notifications(Context ctx) {
        long userId = AccessGuard.principal(ctx).userId();
        boolean unreadOnly = Boolean.TRUE.equals(Params.queryFlag(ctx, "unread"));
        var paging = Paging.of(ctx);
        var found = log.notifications(userId, unreadOnly, paging.offset(), paging.perPage());
        paging.answer(ctx, log.countNotifications(userId, unreadOnly));
        ctx.json(Map.of("notifications", found.stream().map(ActivityRoutes::json).toList(),
                "unread", log.countNotifications(userId, true)));
    }

    private void read(Context ctx) {
        log.markRead(AccessGuard.principal(ctx).userId(), Params.id(ctx, "notification_id"));
        ctx.status(204);
    }

    private void readAll(Context ctx) {
        ctx.json(Map.of("marked_read", log.markAllRead(AccessGuard.principal(ctx).userId())));
    }

    static Map<String, Object> json(Activity activity) {
        var out = new LinkedHashMap<String, Object>();
        out.put("id", activity.id());
        out.put("space_id", activity.spaceId());
        out.put("story_id", activity.storyId());
        out.put("kind", activity.kind().id());
        out.put("actor", activity.actor());
        out.put("summary", activity.summary());
        out.put("details", activity.details());
        out.put("created_at", activity.createdAt());
        return out;
    }

    private static Map<String, Object> json(Notification notification) {
        var out = new LinkedHashMap<String, Object>();
        out.put("id", notification.id());
        out.put("reason", notification.reason());
        out.put("read", notification.read());
        out.put("read_at", notification.readAt());
        out.put("activity", json(notification.activity()));
        return out;
    }
}
