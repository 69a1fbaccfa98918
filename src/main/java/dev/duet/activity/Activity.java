package dev.duet.activity;

import com.fasterxml.jackson.databind.JsonNode;

import java.time.Instant;

/** One entry of a space's feed, as recorded. {@code storyId} is null for space-wide entries (a release, say). */
public record Activity(long id, long spaceId, Long storyId, ActivityKind kind, String actor, String summary,
                       JsonNode details, Instant createdAt) {
}
