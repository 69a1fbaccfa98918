package dev.duet.activity;

import com.fasterxml.jackson.annotation.JsonValue;

import java.util.Arrays;
import java.util.Optional;

/** What can happen in a space that the team's feed shows; ids are what the API and the admin app read. */
public enum ActivityKind {
    STORY_SAVED("story.saved"),
    STORY_PUBLISHED("story.published"),
    STORY_UNPUBLISHED("story.unpublished"),
    STAGE_CHANGED("stage.changed"),
    DISCUSSION_CREATED("discussion.created"),
    COMMENT_ADDED("comment.added"),
    DISCUSSION_RESOLVED("discussion.resolved"),
    DISCUSSION_REOPENED("discussion.reopened"),
    SCHEDULE_CREATED("schedule.created"),
    SCHEDULE_CANCELLED("schedule.cancelled"),
    SCHEDULE_RAN("schedule.ran"),
    SCHEDULE_FAILED("schedule.failed"),
    RELEASE_CREATED("release.created"),
    RELEASE_MERGED("release.merged"),
    RELEASE_REVERTED("release.reverted"),
    TRANSLATION_IMPORTED("translation.imported"),
    EXPERIMENT_SHIPPED("experiment.shipped");

    private final String id;

    ActivityKind(String id) {
        this.id = id;
    }

    @JsonValue
    public String id() {
        return id;
    }

    public static Optional<ActivityKind> of(String id) {
        return Arrays.stream(values()).filter(kind -> kind.id.equals(id)).findFirst();
    }
}
