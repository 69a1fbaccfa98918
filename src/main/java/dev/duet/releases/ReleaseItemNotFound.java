package dev.duet.releases;

import dev.duet.failure.NotFound;

/** The story is not in this release. */
public final class ReleaseItemNotFound extends NotFound {
    public ReleaseItemNotFound(long releaseId, long storyId) {
        super("story", storyId + " in release " + releaseId);
    }
}
