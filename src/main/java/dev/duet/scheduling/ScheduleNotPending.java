package dev.duet.scheduling;

import dev.duet.failure.Conflict;

/** Only a schedule still waiting for its time can be cancelled; one that ran, failed or is running cannot. */
public final class ScheduleNotPending extends Conflict {
    public ScheduleNotPending(Schedule schedule) {
        super("schedule " + schedule.id() + " is " + schedule.status().id() + ", not pending; only pending schedules "
                + "can be cancelled");
    }
}
