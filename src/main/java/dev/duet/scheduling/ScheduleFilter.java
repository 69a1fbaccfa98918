package dev.duet.scheduling;

/** Which schedules a list asks for; null parts do not filter. {@code latestFirst} turns the soonest-first order round. */
public record ScheduleFilter(ScheduleStatus status, Long storyId, Long releaseId, boolean latestFirst) {
}
