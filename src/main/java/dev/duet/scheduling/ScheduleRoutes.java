package dev.duet.scheduling;

import dev.duet.access.AccessGuard;
import dev.duet.failure.InvalidInput;
import dev.duet.web.Json;
import dev.duet.web.Paging;
import dev.duet.web.Params;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;

import java.util.Map;

import static dev.duet.access.Permission.CONTENT_READ;
import static dev.duet.access.Permission.STORY_PUBLISH;

/** A space's schedules over HTTP: plan, list, read, cancel. */
public final class ScheduleRoutes {

    static final String SCHEDULES = "/api/spaces/{space_id}/schedules";
    static final String SCHEDULE = SCHEDULES + "/{schedule_id}";

    private final Scheduling scheduling;
    private final Schedules schedules;

    public ScheduleRoutes(Scheduling scheduling, Schedules schedules) {
        this.scheduling = scheduling;
        this.schedules = schedules;
    }

    public void register(RoutesConfig routes) {
        routes.get(SCHEDULES, this::list, CONTENT_READ);
        routes.post(SCHEDULES, this::create, STORY_PUBLISH);
        routes.get(SCHEDULE, this::get, CONTENT_READ);
        routes.post(SCHEDULE + "/cancel", this::cancel, STORY_PUBLISH);
    }

    private static long spaceId(Context ctx) {
        return Params.id(ctx, "space_id");
    }

    private void list(Context ctx) {
        long spaceId = spaceId(ctx);
        var filter = new ScheduleFilter(status(ctx), Params.queryId(ctx, "story_id"), Params.queryId(ctx, "release_id"),
                latestFirst(ctx));
        var paging = Paging.of(ctx);
        scheduling.requireSpace(spaceId);
        var found = schedules.list(spaceId, filter, paging.offset(), paging.perPage());
        paging.answer(ctx, schedules.count(spaceId, filter));
        ctx.json(Map.of("schedules", found));
    }

    private static ScheduleStatus status(Context ctx) {
        var raw = ctx.queryParam("status");
        return raw == null || raw.isBlank() ? null : ScheduleStatus.parse("status", raw);
    }

    private static boolean latestFirst(Context ctx) {
        var raw = ctx.queryParam("order");
        if (raw == null || raw.isBlank() || raw.strip().equals("soonest")) return false;
        if (raw.strip().equals("latest")) return true;
        throw InvalidInput.field("order", "must be soonest or latest, got " + raw);
    }

    private void create(Context ctx) {
        long spaceId = spaceId(ctx);
        var request = Json.body(ctx, Scheduling.Request.class);
        var principal = AccessGuard.principal(ctx);
        var schedule = scheduling.create(spaceId, request, new Scheduling.Requester(principal.email(), principal.userId()));
        ctx.status(201).json(Map.of("schedule", schedule));
    }

    private void get(Context ctx) {
        ctx.json(Map.of("schedule", schedules.get(spaceId(ctx), Params.id(ctx, "schedule_id"))));
    }

    private void cancel(Context ctx) {
        var schedule = scheduling.cancel(spaceId(ctx), Params.id(ctx, "schedule_id"), AccessGuard.principal(ctx).email());
        ctx.json(Map.of("schedule", schedule));
    }
}
