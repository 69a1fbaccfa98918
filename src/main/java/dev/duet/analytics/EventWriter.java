package dev.duet.analytics;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/**
 * Group commit: requests hand their validated events to one writer thread, which drains everything waiting (up to
 * {@link #MAX_GROUP} events) into one {@link EventLog#append} transaction and then completes every request in it. Many
 * requests share one commit, so ingestion costs one transaction (and one fsync) per group rather than per request.
 *
 * <p>Memory stays bounded: at most {@code capacity} events wait or are being written; a request whose events do not
 * all fit is refused whole ({@link Full}). Thread-safe; {@link #close} stops taking events and commits those waiting.
 */
public final class EventWriter implements AutoCloseable {

    /** Events committed in one transaction at most: large enough to amortise a commit, small enough to stay quick. */
    static final int MAX_GROUP = 5000;

    private static final Logger LOG = LoggerFactory.getLogger(EventWriter.class);

    /** What became of a request's events handed to {@link #submit}. */
    public sealed interface Admission {
    }

    /** Queued: {@code committed} completes when they are durable, or exceptionally if their transaction failed. */
    public record Queued(CompletableFuture<Void> committed) implements Admission {
    }

    /** The queue is full; none of the events were taken. */
    public record Full(long retryAfterSeconds) implements Admission {
    }

    /** The node is shutting down; none of the events were taken. */
    public record Closed() implements Admission {
    }

    private record Pending(List<Event> events, CompletableFuture<Void> committed) {
    }

    /** Queued by {@link #close} so the writer drains and stops now rather than at the end of its wait. */
    private static final Pending WAKE_UP = new Pending(List.of(), new CompletableFuture<>());

    private final EventLog log;
    private final int capacity;
    private final Semaphore room;
    private final LinkedBlockingQueue<Pending> queue = new LinkedBlockingQueue<>();
    private final Thread thread;
    private boolean closed;

    public EventWriter(EventLog log, int capacity) {
        if (capacity < 1) throw new IllegalArgumentException("capacity must be at least 1 event");
        this.log = log;
        this.capacity = capacity;
        this.room = new Semaphore(capacity);
        this.thread = Thread.ofPlatform().name("duet-event-writer").daemon().unstarted(this::run);
        thread.start();
    }

    /** How many events may wait at once; a request with more is always refused. */
    public int capacity() {
        return capacity;
    }

    /** How many events wait for their commit now (for monitoring). */
    public int waiting() {
        return capacity - room.availablePermits();
    }

    /** Queues all of {@code events} or none of them. */
    public Admission submit(List<Event> events) {
        var pending = new Pending(List.copyOf(events), new CompletableFuture<>());
        // the lock orders submissions against close(), so nothing is queued after the writer's last drain
        synchronized (this) {
            if (closed) return new Closed();
            if (!room.tryAcquire(pending.events.size())) return new Full(1);
            queue.add(pending);
        }
        return new Queued(pending.committed);
    }

    private void run() {
        var group = new ArrayList<Pending>();
        while (true) {
            try {
                var first = queue.poll(100, TimeUnit.MILLISECONDS);
                if (first == null || first == WAKE_UP) {
                    if (isClosed() && queue.isEmpty()) return;
                    continue;
                }
                group.add(first);
                int events = first.events.size();
                Pending next;
                while (events < MAX_GROUP && (next = queue.poll()) != null) {
                    if (next == WAKE_UP) continue;
                    group.add(next);
                    events += next.events.size();
                }
                commit(group, events);
            } catch (InterruptedException e) {
                // close() waits for the drain instead of interrupting; an interrupt from elsewhere ends the writer
                failAll(new IllegalStateException("the event writer was interrupted"));
                Thread.currentThread().interrupt();
                return;
            } finally {
                group.clear();
            }
        }
    }

    private void commit(List<Pending> group, int events) {
        var batch = new ArrayList<Event>(events);
        group.forEach(pending -> batch.addAll(pending.events));
        try {
            log.append(batch);
            group.forEach(pending -> pending.committed.complete(null));
        } catch (RuntimeException e) {
            LOG.error("storing {} events of {} requests failed; none of them were acknowledged", events, group.size(), e);
            group.forEach(pending -> pending.committed.completeExceptionally(e));
        } finally {
            room.release(events);
        }
    }

    private void failAll(RuntimeException failure) {
        Pending pending;
        while ((pending = queue.poll()) != null) {
            if (pending == WAKE_UP) continue;
            pending.committed.completeExceptionally(failure);
            room.release(pending.events.size());
        }
    }

    private synchronized boolean isClosed() {
        return closed;
    }

    /** Takes no more events, commits every waiting one (their requests are answered), then stops the writer. */
    @Override
    public void close() {
        synchronized (this) {
            closed = true;
            queue.add(WAKE_UP);
        }
        try {
            thread.join(TimeUnit.SECONDS.toMillis(60));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
