package dev.duet.scheduling;

import dev.duet.access.Users;
import dev.duet.activity.ActivityLog;
import dev.duet.content.Stories;
import dev.duet.content.StoryPublishing;
import dev.duet.storage.ClaimPoller;
import dev.duet.storage.Database;

import java.time.Duration;

/**
 * Runs due schedules while started: polls every {@code interval} (the first poll at start, which also catches what
 * came due while no node was up), claims each due schedule in the database and runs it on its one poller thread.
 * Every node of a cluster runs one; the claims make sure each schedule runs on exactly one of them. All state is in
 * the database, so stopping and starting loses nothing. Thread-safe.
 */
public final class ScheduleRunner implements AutoCloseable {

    /** How long a claim keeps other nodes away: far longer than a run takes, so only a dead node's claim runs out. */
    static final Duration LEASE = Duration.ofMinutes(5);
    private static final int BATCH = 50;

    private final Schedules schedules;
    private final ScheduleRuns runs;
    private final ClaimPoller poller;

    public ScheduleRunner(Database db, Schedules schedules, Stories stories, StoryPublishing publishing,
                          ReleaseMerger releases, ActivityLog activity, Users users, Duration interval) {
        this.poller = new ClaimPoller(ScheduleRunner.class, "duet-scheduler", "polling for due schedules", interval, this::poll);
        this.schedules = schedules;
        this.runs = new ScheduleRuns(db, schedules, stories, publishing, releases, activity, users);
    }

    /** Starts polling, beginning with a poll now. Starting twice does nothing. */
    public void start() {
        poller.start();
    }

    /** Stops polling and lets a run under way finish for a moment; one cut short is re-checked after its claim runs out. */
    public void stop() {
        poller.stop();
    }

    @Override
    public void close() {
        poller.close();
    }

    private void poll(String node) {
        for (var id : schedules.due(BATCH)) {
            if (Thread.currentThread().isInterrupted()) return;
            schedules.claim(id, node, LEASE).ifPresent(claimed -> runs.run(claimed, node));
        }
    }
}
