package dev.duet.collab.goals;

import dev.duet.access.AccessGuard;
import dev.duet.collab.goals.GoalInputs.CheckInInput;
import dev.duet.collab.goals.GoalInputs.KeyResultInput;
import dev.duet.collab.goals.GoalInputs.ObjectiveInput;
import dev.duet.monitoring.OperationalMetric;
import dev.duet.monitoring.OperationalMetrics;
import dev.duet.web.Json;
import dev.duet.web.Params;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

import static dev.duet.access.Permission.CONTENT_READ;
import static dev.duet.access.Permission.GOAL_WRITE;

/**
 * Goals over HTTP, company-wide under /api/goals: objectives (list by quarter, create, read, change, delete), their
 * key results (add, change, delete), check-ins on manual key results, and the Duet metrics a key result can follow.
 * Reading is {@code content:read}; every write, check-ins included, is {@code goal:write} whichever team owns the key
 * result (goals are shared; the check-in records its author).
 */
public final class GoalRoutes {

    static final String OBJECTIVES = "/api/goals/objectives";
    static final String OBJECTIVE = OBJECTIVES + "/{objective_id}";
    static final String KEY_RESULT = "/api/goals/key_results/{key_result_id}";

    private final Goals goals;
    private final OperationalMetrics operational;

    public GoalRoutes(Goals goals, OperationalMetrics operational) {
        this.goals = goals;
        this.operational = operational;
    }

    public void register(RoutesConfig routes) {
        routes.get(OBJECTIVES, ctx -> ctx.json(Map.of("objectives", goals.list(Goals.periodFilter(ctx.queryParam("period"))))),
                CONTENT_READ);
        routes.post(OBJECTIVES, ctx -> ctx.status(201).json(Map.of("objective",
                goals.createObjective(Json.body(ctx, ObjectiveInput.class)))), GOAL_WRITE);
        routes.get(OBJECTIVE, ctx -> ctx.json(Map.of("objective", goals.get(objectiveId(ctx)))), CONTENT_READ);
        routes.put(OBJECTIVE, ctx -> ctx.json(Map.of("objective",
                goals.updateObjective(objectiveId(ctx), Json.body(ctx, ObjectiveInput.class)))), GOAL_WRITE);
        routes.delete(OBJECTIVE, ctx -> {
            goals.deleteObjective(objectiveId(ctx));
            ctx.status(204);
        }, GOAL_WRITE);
        routes.post(OBJECTIVE + "/key_results", ctx -> ctx.status(201).json(Map.of("key_result",
                goals.addKeyResult(objectiveId(ctx), Json.body(ctx, KeyResultInput.class)))), GOAL_WRITE);
        routes.get(KEY_RESULT, ctx -> ctx.json(Map.of("key_result", goals.keyResult(keyResultId(ctx)))), CONTENT_READ);
        routes.put(KEY_RESULT, ctx -> ctx.json(Map.of("key_result",
                goals.updateKeyResult(keyResultId(ctx), Json.body(ctx, KeyResultInput.class)))), GOAL_WRITE);
        routes.delete(KEY_RESULT, ctx -> {
            goals.deleteKeyResult(keyResultId(ctx));
            ctx.status(204);
        }, GOAL_WRITE);
        routes.get(KEY_RESULT + "/check_ins", ctx -> ctx.json(Map.of("check_ins", goals.checkIns(keyResultId(ctx)))),
                CONTENT_READ);
        routes.post(KEY_RESULT + "/check_ins", this::checkIn, GOAL_WRITE);
        routes.get("/api/goals/metrics", this::metrics, CONTENT_READ);
    }

    private void checkIn(Context ctx) {
        var input = Json.body(ctx, CheckInInput.class);
        var author = AccessGuard.principal(ctx).email();
        ctx.status(201).json(Map.of("key_result", goals.checkIn(keyResultId(ctx), input, author)));
    }

    /** Duet's operational metrics with their values now, for choosing a key result's driver. */
    private void metrics(Context ctx) {
        var metrics = Arrays.stream(OperationalMetric.values()).map(metric -> {
            var value = operational.current(metric);
            var entry = new LinkedHashMap<String, Object>();
            entry.put("id", metric.id());
            entry.put("label", metric.label());
            entry.put("unit", metric.unit());
            entry.put("current_value", value.isPresent() ? value.getAsDouble() : null);
            return entry;
        }).toList();
        var live = Arrays.stream(Driver.LiveMetric.values()).map(Driver.LiveMetric::id).toList();
        var windows = Arrays.stream(Driver.Window.values()).map(Driver.Window::id).toList();
        ctx.json(Map.of("operational", metrics, "insights", live, "windows", windows));
    }

    private static long objectiveId(Context ctx) {
        return Params.id(ctx, "objective_id");
    }

    private static long keyResultId(Context ctx) {
        return Params.id(ctx, "key_result_id");
    }
}
