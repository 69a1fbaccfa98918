package dev.duet.workflow;

import dev.duet.access.AccessGuard;
import dev.duet.access.Role;
import dev.duet.access.Users;
import dev.duet.activity.ActivityKind;
import dev.duet.activity.ActivityLog;
import dev.duet.failure.NotFound;
import dev.duet.web.Json;
import dev.duet.web.Params;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static dev.duet.access.Permission.*;

/** A space's workflow (read, replace), the stories in each stage, and a story's stage (read, move). */
public final class WorkflowRoutes {

    static final String WORKFLOW = "/api/spaces/{space_id}/workflow";
    static final String STAGE = "/api/spaces/{space_id}/stories/{story_id}/stage";
    static final int HISTORY = 50;

    private final Workflows workflows;
    private final StageMoves moves;
    private final StageBoard board;
    private final Users users;
    private final ActivityLog activity;

    public WorkflowRoutes(Workflows workflows, StageMoves moves, StageBoard board, Users users, ActivityLog activity) {
        this.workflows = workflows;
        this.moves = moves;
        this.board = board;
        this.users = users;
        this.activity = activity;
    }

    public void register(RoutesConfig routes) {
        routes.get(WORKFLOW, ctx -> ctx.json(json(workflows.get(spaceId(ctx)))), CONTENT_READ);
        routes.put(WORKFLOW, this::replace, SPACE_MANAGE);
        routes.get(WORKFLOW + "/stories", this::stories, CONTENT_READ);
        routes.get(STAGE, ctx -> ctx.json(stage(spaceId(ctx), moves.current(spaceId(ctx), storyId(ctx)))), CONTENT_READ);
        routes.post(STAGE, this::move, STORY_REVIEW);
    }

    private static long spaceId(Context ctx) {
        return Params.id(ctx, "space_id");
    }

    private static long storyId(Context ctx) {
        return Params.id(ctx, "story_id");
    }

    private void replace(Context ctx) {
        var replaced = workflows.replace(spaceId(ctx), Json.body(ctx, WorkflowInput.class));
        var answer = json(replaced.workflow());
        answer.put("moved_stories", replaced.moved());
        answer.put("message", replaced.moved().isEmpty() ? "workflow saved"
                : "workflow saved; " + replaced.moved().size() + " stor" + (replaced.moved().size() == 1 ? "y" : "ies")
                + " in removed stages moved to " + replaced.workflow().defaultStage().name());
        ctx.json(answer);
    }

    private void stories(Context ctx) {
        long spaceId = spaceId(ctx);
        var filter = new StageBoard.Filter(Params.queryId(ctx, "stage_id"), Params.queryId(ctx, "assignee_id"),
                Boolean.TRUE.equals(Params.queryFlag(ctx, "waiting")));
        ctx.json(board.list(spaceId, filter, AccessGuard.principal(ctx).userId()));
    }

    private void move(Context ctx) {
        long spaceId = spaceId(ctx);
        var moved = moves.move(spaceId, storyId(ctx), Json.body(ctx, StageMoves.Move.class), AccessGuard.principal(ctx));
        ctx.json(stage(spaceId, moved));
    }

    private Map<String, Object> stage(long spaceId, StoryStage stage) {
        var out = new LinkedHashMap<String, Object>();
        out.put("story_id", stage.storyId());
        out.put("stage", stage.stage());
        out.put("assignee", assignee(stage.assigneeId()));
        out.put("since", stage.since());
        out.put("approved_version", stage.approvedVersion());
        out.put("history", activity.feed(spaceId, stage.storyId(), ActivityKind.STAGE_CHANGED, 0, HISTORY).stream()
                .map(entry -> {
                    var move = new LinkedHashMap<String, Object>();
                    move.put("id", entry.id());
                    move.put("actor", entry.actor());
                    move.put("summary", entry.summary());
                    move.put("details", entry.details());
                    move.put("created_at", entry.createdAt());
                    return move;
                }).toList());
        return out;
    }

    private Map<String, Object> assignee(Long userId) {
        if (userId == null) return null;
        try {
            return StageMoves.person(users.get(userId));
        } catch (NotFound gone) {
            // the user was deleted between the read of the stage and this one
            return null;
        }
    }

    static LinkedHashMap<String, Object> json(Workflow workflow) {
        var out = new LinkedHashMap<String, Object>();
        out.put("four_eyes", workflow.fourEyes());
        out.put("stages", workflow.stages());
        out.put("reviewer_roles", WorkflowRules.reviewers().stream().map(Role::id).toList());
        return out;
    }
}
