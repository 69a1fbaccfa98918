package dev.duet.discussions;

import dev.duet.failure.NotFound;

/** No comment with this id in this discussion. */
public final class CommentNotFound extends NotFound {
    public CommentNotFound(long id) {
        super("comment", id);
    }
}
