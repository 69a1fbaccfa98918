package dev.duet.discussions;

import java.time.Instant;
import java.util.List;

/** One message of a thread; {@code author} is the writer's email, {@code mentions} the ids of the users it mentions. */
public record Comment(long id, long discussionId, Long authorId, String author, String text, List<Long> mentions,
                      Instant createdAt, Instant updatedAt) {

    public Comment {
        mentions = List.copyOf(mentions);
    }

    public boolean edited() {
        return !updatedAt.equals(createdAt);
    }
}
