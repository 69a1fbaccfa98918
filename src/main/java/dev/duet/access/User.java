package dev.duet.access;

import java.time.Instant;

/** A person who signs in to Duet. The password hash never leaves the access package. */
public record User(long id, String email, String name, Role role, Instant createdAt, Instant updatedAt) {
}
