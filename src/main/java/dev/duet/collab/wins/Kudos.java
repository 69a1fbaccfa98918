package dev.duet.collab.wins;

import java.time.Instant;

/** A short note of thanks on a win, by {@code author} (the email of user {@code userId} when written). */
public record Kudos(long id, long winId, long userId, String author, String text, Instant createdAt) {

    /** The longest kudos, as a chat message or a tweet: a thank-you, not an essay. */
    public static final int MAX_LENGTH = 280;
}
