package dev.duet.collab.goals;

import java.time.Instant;

/** An objective as stored: what the team wants to achieve in a period, who owns it and what it is part of. */
public record Objective(long id, String title, String description, GoalPeriod period, Long ownerUserId, Long parentId,
                        ObjectiveStatus status, Instant createdAt, Instant updatedAt) {
}
