/**
 * Workflow stages: each space's stages (default Drafting → In review → Approved → Published, all allowing publishing
 * until an admin changes that), the stage each story is in, who may move it where, and the four-eyes rule.
 * <p>
 * Public API for other features: {@link dev.duet.workflow.WorkflowHooks} (add to the content package's story hooks:
 * refuses a publish from a stage that does not allow it with {@link dev.duet.workflow.PublishingNotAllowed} (409),
 * moves published stories to the after-publish stage, sends changed approved stories back to the default stage),
 * {@link dev.duet.workflow.Workflows#get} (a space's stages) and {@link dev.duet.workflow.StageMoves#current} (where a
 * story stands). Every move records {@code stage.changed} in the activity feed (details: from_stage, to_stage,
 * from_stage_id, to_stage_id, version, story_name, full_slug, and when given comment, assignee_id, assignee), which
 * notifies the assignee ("assigned") and sends the stage.changed webhook.
 * <p>
 * Routes: {@code GET /api/spaces/{space_id}/workflow} (content:read), {@code PUT} the same (space:manage, the whole
 * workflow at once), {@code GET /api/spaces/{space_id}/workflow/stories} (content:read; {@code stage_id},
 * {@code assignee_id}, {@code waiting}), {@code GET /api/spaces/{space_id}/stories/{story_id}/stage} (content:read)
 * and {@code POST} the same (story:review: {@code stage_id}, {@code comment}, {@code assignee_id}, {@code version}).
 */
package dev.duet.workflow;
