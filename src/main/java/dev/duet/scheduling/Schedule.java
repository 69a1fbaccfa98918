package dev.duet.scheduling;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;

/**
 * A publish, unpublish or release merge planned for {@code runAt}, as the API shows it. {@code storyId} is set for
 * story actions, {@code releaseId} for merges; {@code targetName} is what was scheduled, named as it was then;
 * {@code reason} says why a failed run failed; {@code finishedAt} is when it ended (ran, failed or was cancelled).
 */
public record Schedule(long id, long spaceId, ScheduleAction action, Long storyId, Long releaseId, String targetName,
                       Instant runAt, String timeZone, ScheduleStatus status, String reason, int attempts,
                       String createdBy, Instant createdAt, Instant finishedAt,
                       @JsonIgnore Integer intendedVersion, @JsonIgnore Long createdByUserId) {

    /** The run time on the wall clock of {@code timeZone}, for showing it as the person planned it. */
    @JsonProperty("local_run_at")
    public LocalDateTime localRunAt() {
        return LocalDateTime.ofInstant(runAt, ZoneId.of(timeZone)).truncatedTo(ChronoUnit.SECONDS);
    }

    @JsonIgnore
    public boolean pending() {
        return status == ScheduleStatus.PENDING;
    }
}
