package dev.duet.scheduling;

import dev.duet.failure.NotFound;

/** No schedule with this id in this space. */
public final class ScheduleNotFound extends NotFound {
    public ScheduleNotFound(long scheduleId) {
        super("schedule", scheduleId);
    }
}
