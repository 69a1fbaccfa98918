package dev.duet.collab.goals;

import dev.duet.access.Team;

import java.time.Instant;

/**
 * A key result as stored: a measurable step toward its objective, owned by a team (and a person), with the values
 * it starts from and aims at, the direction that counts, its weight in the objective and the driver of its value.
 * {@code reachedAt} is when the target was first reached (and the win recorded), or null.
 */
public record KeyResult(long id, long objectiveId, String title, Team ownerTeam, Long ownerUserId, ValueType type,
                        String currency, double startValue, double targetValue, Direction direction, double weight,
                        Driver driver, int position, Instant reachedAt, Instant createdAt, Instant updatedAt) {
}
