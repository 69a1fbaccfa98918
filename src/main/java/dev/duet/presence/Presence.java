package dev.duet.presence;

import java.time.Instant;

/**
 * Someone who has a story open: since when, when their editor last said so, and whether they have unsaved changes
 * ({@code editing}).
 */
public record Presence(long storyId, long userId, String name, String email, boolean editing, Instant since,
                       Instant seenAt) {
}
