package dev.duet.scheduling;

import dev.duet.access.Users;
import dev.duet.activity.ActivityLog;
import dev.duet.content.Stories;
import dev.duet.content.StoryPublishing;
import dev.duet.storage.Database;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Runs due schedules while started: polls every {@code interval} (the first poll at start, which also catches what
 * came due while no node was up), claims each due schedule in the database and runs it on its one poller thread.
 * Every node of a cluster runs one; the claims make sure each schedule runs on exactly one of them. All state is in
 * the database, so stopping and starting loses nothing. Thread-safe.
 */
public final class ScheduleRunner implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(ScheduleRunner.class);
    /** How long a claim keeps other nodes away: far longer than a run takes, so only a dead node's claim runs out. */
    static final Duration LEASE = Duration.ofMinutes(5);
    private static final int BATCH = 50;
    private static final Duration STOP_GRACE = Duration.ofSeconds(5);

    private final Schedules schedules;
    private final ScheduleRuns runs;
    private final Duration interval;
    /** Names this node in claims, so a node only finishes runs it still holds. */
    private final String node = "node-" + UUID.randomUUID();
    private ScheduledExecutorService poller;

    public ScheduleRunner(Database db, Schedules schedules, Stories stories, StoryPublishing publishing,
                          ReleaseMerger releases, ActivityLog activity, Users users, Duration interval) {
        if (interval.isNegative() || interval.isZero()) throw new IllegalArgumentException("the poll interval must be positive");
        this.schedules = schedules;
        this.runs = new ScheduleRuns(db, schedules, stories, publishing, releases, activity, users);
        this.interval = interval;
    }

    /** Starts polling, beginning with a poll now. Starting twice does nothing. */
    public synchronized void start() {
        if (poller != null) return;
        poller = Executors.newSingleThreadScheduledExecutor(Thread.ofPlatform().name("duet-scheduler").daemon().factory());
        poller.scheduleWithFixedDelay(this::poll, 0, interval.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** Stops polling and lets a run under way finish for a moment; one cut short is re-checked after its claim runs out. */
    public synchronized void stop() {
        if (poller == null) return;
        var stopping = poller;
        poller = null;
        stopping.shutdown();
        try {
            if (!stopping.awaitTermination(STOP_GRACE.toMillis(), TimeUnit.MILLISECONDS)) stopping.shutdownNow();
        } catch (InterruptedException e) {
            stopping.shutdownNow();
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        stop();
    }

    private void poll() {
        try {
            for (var id : schedules.due(BATCH)) {
                if (Thread.currentThread().isInterrupted()) return;
                schedules.claim(id, node, LEASE).ifPresent(claimed -> runs.run(claimed, node));
            }
        } catch (RuntimeException e) {
            // the poller must survive a database hiccup; the next poll tries again
            LOG.warn("polling for due schedules failed; trying again in {}", interval, e);
        }
    }
}
