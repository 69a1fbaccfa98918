package dev.duet.access;

import com.fasterxml.jackson.databind.JsonNode;

import java.time.Instant;

/** One write, as the audit log keeps it: who, what, on which target, when, and how it ended. */
public record AuditEntry(long id, Instant at, String actor, String action, String target, Long spaceId, int status,
                         JsonNode details) {
}
