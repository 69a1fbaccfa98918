package dev.duet.collab.goals;

import java.time.Instant;

/** A manual key result's value as someone reported it, with their confidence (0–1, or null) and a comment. */
public record CheckIn(long id, long keyResultId, double value, Double confidence, String comment, String author,
                      Instant createdAt) {
}
