package dev.duet.workflow;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The stories of a space by stage, for the content tree: each story's stage and assignee, filtered, and how many wait
 * for review. The content package does not know workflows, so the tree asks here and combines.
 */
public final class StageBoard {

    /** Which stories to list: in a stage, assigned to someone, or only those waiting for review. */
    public record Filter(Long stageId, Long assigneeId, boolean waiting) {
    }

    private final Workflows workflows;
    private final StoryStages storyStages;

    public StageBoard(Workflows workflows, StoryStages storyStages) {
        this.workflows = workflows;
        this.storyStages = storyStages;
    }

    /**
     * A story waits for review when it is in a stage between the default and the after-publish one, or is assigned
     * to {@code userId} and not yet published through the workflow.
     */
    static boolean waiting(Stage stage, Long assigneeId, long userId) {
        if (stage.afterPublish()) return false;
        return !stage.isDefault() || (assigneeId != null && assigneeId == userId);
    }

    Map<String, Object> list(long spaceId, Filter filter, long userId) {
        var workflow = workflows.get(spaceId);
        var rows = storyStages.list(spaceId);
        var stories = rows.stream()
                .map(row -> new Entry(row, workflow.stageOrDefault(row.stageId())))
                .filter(entry -> filter.stageId() == null || entry.stage().id() == filter.stageId())
                .filter(entry -> filter.assigneeId() == null || filter.assigneeId().equals(entry.row().assigneeId()))
                .filter(entry -> !filter.waiting() || waiting(entry.stage(), entry.row().assigneeId(), userId))
                .map(StageBoard::json).toList();
        long waitingCount = rows.stream()
                .filter(row -> waiting(workflow.stageOrDefault(row.stageId()), row.assigneeId(), userId)).count();
        var out = new LinkedHashMap<String, Object>();
        out.put("stories", stories);
        out.put("waiting_for_review", waitingCount);
        return out;
    }

    private record Entry(StoryStages.Row row, Stage stage) {
    }

    private static Map<String, Object> json(Entry entry) {
        var out = new LinkedHashMap<String, Object>();
        out.put("story_id", entry.row().storyId());
        out.put("stage_id", entry.stage().id());
        out.put("assignee_id", entry.row().assigneeId());
        out.put("since", entry.row().since());
        return out;
    }
}
