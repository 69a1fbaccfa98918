package dev.duet.collab.requests;

import java.time.Instant;

/** A comment on a request; {@code authorId} is null once the author's account was deleted. */
public record RequestComment(long id, long requestId, Long authorId, String author, String text, Instant createdAt,
                             Instant updatedAt) {

    public boolean edited() {
        return !updatedAt.equals(createdAt);
    }
}
