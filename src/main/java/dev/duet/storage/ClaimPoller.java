package dev.duet.storage;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * The loop of work that every node of a cluster looks for and claims in the database: while started, runs
 * {@code poll} on one named daemon thread every {@code interval}, the first time at start (which also catches what
 * came due while no node was up). {@code poll} is given {@link #node()}, the name this node puts in its claims, so a
 * node only finishes work it still holds. A poll failing with a runtime exception is logged (under the owner's logger)
 * and the next poll tries again: the thread must survive a database hiccup, and a claim held meanwhile runs out.
 * All state is in the database, so stopping and starting loses nothing. Thread-safe.
 */
public final class ClaimPoller implements AutoCloseable {

    private static final Duration STOP_GRACE = Duration.ofSeconds(5);

    private final Logger log;
    private final String threadName;
    private final String work;
    private final Duration interval;
    private final Consumer<String> poll;
    private final String node = "node-" + UUID.randomUUID();
    private ScheduledExecutorService poller;

    /**
     * @param owner      whose logger reports failed polls
     * @param threadName the poller thread's name, as thread dumps show it
     * @param work       what a poll does, for the log ("polling for due schedules" → "... failed; trying again in PT1S")
     * @param interval   the delay between the end of one poll and the start of the next; must be positive
     * @param poll       one poll, given this node's name for its claims
     */
    public ClaimPoller(Class<?> owner, String threadName, String work, Duration interval, Consumer<String> poll) {
        if (interval.isNegative() || interval.isZero()) throw new IllegalArgumentException("the poll interval must be positive");
        this.log = LoggerFactory.getLogger(owner);
        this.threadName = threadName;
        this.work = work;
        this.interval = interval;
        this.poll = poll;
    }

    /** The name this node puts in its claims; the same for the poller's whole life. */
    public String node() {
        return node;
    }

    /** Starts polling, beginning with a poll now. Starting twice does nothing. */
    public synchronized void start() {
        if (poller != null) return;
        poller = Executors.newSingleThreadScheduledExecutor(Thread.ofPlatform().name(threadName).daemon().factory());
        poller.scheduleWithFixedDelay(this::pollOnce, 0, interval.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** Stops polling and lets a poll under way finish for a moment, then interrupts it. Stopping twice does nothing. */
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

    private void pollOnce() {
        try {
            poll.accept(node);
        } catch (RuntimeException e) {
            log.warn("{} failed; trying again in {}", work, interval, e);
        }
    }
}
