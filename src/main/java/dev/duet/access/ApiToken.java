package dev.duet.access;

import java.time.Instant;
import java.util.Set;

/** A management token as listed: never its secret, which is shown once on creation. */
public record ApiToken(long id, String name, String prefix, long userId, Set<String> scopes, Instant createdAt,
                       Instant expiresAt, Instant lastUsedAt, Instant revokedAt) {
    public ApiToken {
        scopes = Set.copyOf(scopes);
    }
}
