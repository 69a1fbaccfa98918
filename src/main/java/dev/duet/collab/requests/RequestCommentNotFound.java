package dev.duet.collab.requests;

import dev.duet.failure.NotFound;

/** No comment with this id on this request. */
public final class RequestCommentNotFound extends NotFound {
    public RequestCommentNotFound(long commentId) {
        super("comment", commentId);
    }
}
