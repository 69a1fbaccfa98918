package dev.duet.content;

import dev.duet.failure.NotFound;

/** No story (or folder) with this id in this space. */
public final class StoryNotFound extends NotFound {
    public StoryNotFound(long storyId) {
        super("story", storyId);
    }
}
