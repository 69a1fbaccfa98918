package dev.duet.workflow;

import java.time.Instant;

/**
 * Where one story stands: its stage, who it is assigned to (null: nobody), since when, and the version an approval
 * stage approved (null outside approval stages). {@code since} is null for a story that never moved (it is in the
 * default stage).
 */
public record StoryStage(long storyId, Stage stage, Long assigneeId, Instant since, Integer approvedVersion) {
}
