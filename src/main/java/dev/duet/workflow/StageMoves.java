package dev.duet.workflow;

import dev.duet.access.Principal;
import dev.duet.access.User;
import dev.duet.access.Users;
import dev.duet.activity.ActivityKind;
import dev.duet.activity.ActivityLog;
import dev.duet.activity.NewActivity;
import dev.duet.content.Spaces;
import dev.duet.content.Stories;
import dev.duet.content.Story;
import dev.duet.content.StoryVersions;
import dev.duet.failure.InvalidInput;
import dev.duet.storage.Database;
import org.jdbi.v3.core.Handle;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Moving stories between stages: by people (with the stage's role and the four-eyes rules) and by the workflow itself
 * (after a publish, after a change to an approved version). Every move is one transaction that also records a
 * {@link ActivityKind#STAGE_CHANGED} entry, which notifies the assignee and sends the stage.changed webhook.
 */
public final class StageMoves {

    /** What a person asks for: the stage, an optional comment and assignee, and optionally the version they saw. */
    public record Move(Long stageId, String comment, Long assigneeId, Long version) {
    }

    static final int MAX_COMMENT = 2000;

    private final Database db;
    private final Spaces spaces;
    private final Stories stories;
    private final StoryVersions versions;
    private final Users users;
    private final Workflows workflows;
    private final StoryStages storyStages;
    private final ActivityLog activity;
    private final Clock clock;

    public StageMoves(Database db, Spaces spaces, Stories stories, StoryVersions versions, Users users,
                      Workflows workflows, StoryStages storyStages, ActivityLog activity, Clock clock) {
        this.db = db;
        this.spaces = spaces;
        this.stories = stories;
        this.versions = versions;
        this.users = users;
        this.workflows = workflows;
        this.storyStages = storyStages;
        this.activity = activity;
        this.clock = clock;
    }

    /** Where a story stands now; folders have no stage. */
    public StoryStage current(long spaceId, long storyId) {
        var workflow = workflows.get(spaceId);
        return db.read(handle -> current(handle, storyOf(handle, spaceId, storyId), workflow));
    }

    StoryStage current(Handle handle, Story story, Workflow workflow) {
        var row = storyStages.find(handle, story.id());
        return row.map(found -> new StoryStage(story.id(), workflow.stageOrDefault(found.stageId()), found.assigneeId(),
                        found.since(), found.approvedVersion()))
                .orElseGet(() -> new StoryStage(story.id(), workflow.defaultStage(), null, null, null));
    }

    /** A person moves a story (or re-assigns it, or comments, within the same stage). */
    public StoryStage move(long spaceId, long storyId, Move move, Principal mover) {
        if (move.stageId() == null) throw InvalidInput.field("stage_id", "is required: the id of the stage to move the story to");
        var comment = move.comment() == null || move.comment().isBlank() ? null : move.comment().strip();
        if (comment != null && comment.length() > MAX_COMMENT) {
            throw InvalidInput.field("comment", "at most " + MAX_COMMENT + " characters, got " + comment.length());
        }
        User assignee = move.assigneeId() == null ? null : users.get(move.assigneeId());
        return db.write(handle -> {
            spaces.lockForWrite(handle, spaceId);
            var story = storyOf(handle, spaceId, storyId);
            if (move.version() != null) story.requireVersion(move.version());
            var workflow = workflows.ensure(handle, spaceId);
            var to = workflow.stage(move.stageId()).orElseThrow(() -> InvalidInput.field("stage_id",
                    "stage " + move.stageId() + " is not in this space's workflow"));
            if (!to.admits(mover.role())) throw new StageRefused(to, mover.role());
            if (to.approval() && workflow.fourEyes()
                    && versions.get(handle, story.id(), story.version()).author().equals(mover.email())) {
                throw new FourEyesRefused(story.version());
            }
            var from = current(handle, story, workflow);
            var recipients = assignee == null || assignee.id() == mover.userId() ? List.<NewActivity.Recipient>of()
                    : List.of(new NewActivity.Recipient(assignee.id(), "assigned"));
            return enter(handle, story, from, to, assignee, comment, mover.email(), recipients);
        });
    }

    /**
     * Puts {@code story} into {@code to} inside the caller's transaction and records the move. An approval stage
     * approves the story's current version.
     */
    StoryStage enter(Handle handle, Story story, StoryStage from, Stage to, User assignee, String comment, String actor,
                     List<NewActivity.Recipient> recipients) {
        var now = clock.instant();
        Integer approved = to.approval() ? story.version() : null;
        Long assigneeId = assignee == null ? null : assignee.id();
        storyStages.put(handle, story.spaceId(), story.id(), to.id(), assigneeId, approved, now);
        var details = new LinkedHashMap<String, Object>();
        details.put("story_name", story.name());
        details.put("full_slug", story.fullSlug());
        details.put("from_stage", from.stage().name());
        details.put("to_stage", to.name());
        details.put("from_stage_id", from.stage().id());
        details.put("to_stage_id", to.id());
        details.put("version", story.version());
        if (comment != null) details.put("comment", comment);
        if (assignee != null) {
            details.put("assignee_id", assignee.id());
            details.put("assignee", assignee.name() + " <" + assignee.email() + ">");
        }
        activity.record(handle, new NewActivity(story.spaceId(), story.id(), ActivityKind.STAGE_CHANGED, actor,
                summary(story, from.stage(), to, assignee), details, recipients));
        return new StoryStage(story.id(), to, assigneeId, now, approved);
    }

    /** Same as {@link #enter} for a move the workflow makes itself: nobody assigned, nobody notified. */
    void enter(Handle handle, Story story, StoryStage from, Stage to, String actor, String comment) {
        enter(handle, story, from, to, null, comment, actor, List.of());
    }

    private static String summary(Story story, Stage from, Stage to, User assignee) {
        var what = from.id() == to.id() ? "updated “" + story.name() + "” in " + to.name()
                : "moved “" + story.name() + "” from " + from.name() + " to " + to.name();
        return assignee == null ? what : what + ", assigned to " + assignee.name();
    }

    private Story storyOf(Handle handle, long spaceId, long storyId) {
        Spaces.get(handle, spaceId);
        var story = stories.get(handle, spaceId, storyId);
        if (story.isFolder()) {
            throw new InvalidInput("folders have no workflow stage; their stories do, one by one (story " + storyId
                    + " is a folder)");
        }
        return story;
    }

    /** Facts about a user for answers: who is assigned. */
    static Map<String, Object> person(User user) {
        return Map.of("id", user.id(), "name", user.name(), "email", user.email());
    }
}
