package dev.duet.collab.stack;

import java.time.Instant;

/** Data flowing from one tool into another ({@code flow} says what: leads, audiences, events). */
public record Integration(long id, long sourceToolId, String sourceName, long targetToolId, String targetName,
                          String flow, Instant createdAt) {

    /** An integration as the API sends it. */
    public record Input(Long sourceToolId, Long targetToolId, String flow) {
    }
}
