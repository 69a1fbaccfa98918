package dev.duet.discussions;

import dev.duet.failure.NotFound;

/** No discussion with this id on this story. */
public final class DiscussionNotFound extends NotFound {
    public DiscussionNotFound(long id) {
        super("discussion", id);
    }
}
