package dev.duet.workflow;

import dev.duet.content.Story;
import dev.duet.content.StoryHooks;
import org.jdbi.v3.core.Handle;

import java.time.Clock;

/**
 * The workflow's part in story writes: a publish from a stage that does not allow it is refused; publishing moves
 * the story to the after-publish stage; a new version of an approved story sends it back to the default stage, since
 * the approval was for another version; new stories start in the default stage.
 */
public final class WorkflowHooks implements StoryHooks {

    private final Workflows workflows;
    private final StoryStages storyStages;
    private final StageMoves moves;
    private final Clock clock;

    public WorkflowHooks(Workflows workflows, StoryStages storyStages, StageMoves moves, Clock clock) {
        this.workflows = workflows;
        this.storyStages = storyStages;
        this.moves = moves;
        this.clock = clock;
    }

    @Override
    public void beforePublish(Handle handle, Story story, int versionNumber, String actor) {
        var workflow = workflows.ensure(handle, story.spaceId());
        var stage = moves.current(handle, story, workflow).stage();
        if (!stage.allowPublish()) throw new PublishingNotAllowed(story.name(), stage, workflow.publishingStageNames());
    }

    @Override
    public void published(Handle handle, Story story, int versionNumber, String actor) {
        var workflow = workflows.ensure(handle, story.spaceId());
        var target = workflow.afterPublish();
        if (target.isEmpty()) return;
        var current = moves.current(handle, story, workflow);
        if (current.stage().id() != target.get().id()) {
            moves.enter(handle, story, current, target.get(), actor, null);
        }
    }

    @Override
    public void saved(Handle handle, Story before, Story after, String actor, String message) {
        if (after.isFolder()) return;
        var workflow = workflows.ensure(handle, after.spaceId());
        if (before == null) {
            storyStages.put(handle, after.spaceId(), after.id(), workflow.defaultStage().id(), null, null, clock.instant());
            return;
        }
        var current = moves.current(handle, after, workflow);
        if (current.stage().approval() && !current.stage().isDefault()) {
            moves.enter(handle, after, current, workflow.defaultStage(), actor,
                    "version " + after.version() + " changed the approved version " + current.approvedVersion());
        }
    }
}
