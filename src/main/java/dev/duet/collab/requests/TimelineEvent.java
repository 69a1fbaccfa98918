package dev.duet.collab.requests;

import java.time.Instant;
import java.util.Map;

/**
 * One entry of a request's timeline. Kinds: filed, edited, accepted, rejected, snoozed, duplicate, moved, reordered,
 * assigned, linked, commented, comment_edited, comment_deleted, watched, unwatched.
 */
public record TimelineEvent(long id, long requestId, String kind, String actor, Map<String, Object> details,
                            Instant createdAt) {
}
