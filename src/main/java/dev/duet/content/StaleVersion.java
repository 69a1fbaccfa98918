package dev.duet.content;

import dev.duet.failure.Conflict;

import java.util.List;
import java.util.Map;

/** The write was based on an older version of the story than the current one; it was not applied. */
public final class StaleVersion extends Conflict {
    public StaleVersion(long storyId, int current, long sent) {
        super("story " + storyId + " is at version " + current + " but this change was based on version " + sent
                        + "; reload the story, reapply the change and send version " + current,
                List.of(Map.of("current_version", current)));
    }
}
