package dev.duet.discussions;

import java.time.Instant;
import java.util.List;

/** A thread on a story, block or field, with its comments oldest first (the first one opened it). */
public record Discussion(long id, long spaceId, long storyId, Anchor anchor, DiscussionStatus status, String createdBy,
                         Instant createdAt, Instant updatedAt, String resolvedBy, Instant resolvedAt,
                         List<Comment> comments) {

    public Discussion {
        comments = List.copyOf(comments);
    }

    Discussion withComments(List<Comment> all) {
        return new Discussion(id, spaceId, storyId, anchor, status, createdBy, createdAt, updatedAt, resolvedBy,
                resolvedAt, all);
    }
}
