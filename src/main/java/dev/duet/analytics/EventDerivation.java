package dev.duet.analytics;

import dev.duet.storage.Database;
import dev.duet.storage.Timestamps;
import org.jdbi.v3.core.Handle;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Derives rollups, visitor sketches and experiment data from committed event batches, after their events were
 * acknowledged, so a site's request waits only for its raw events to be on disk.
 *
 * <p>Exactly once: the transaction that derives a batch first marks it derived where it is still pending, so a batch
 * claimed by another node, or by a reader catching up, is skipped; a failure or crash rolls the mark back with the
 * derived rows, and the batch is derived again later. Three ways lead there: the writer hands each committed batch to
 * this node's background thread (events in memory, up to a budget, beyond which they are read back); a sweep every few
 * seconds takes batches left pending by a failure or by a node that stopped; and readers call {@link #catchUp} so
 * insights and results include every event acknowledged before the read. Thread-safe.
 */
public final class EventDerivation implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(EventDerivation.class);
    /** Events derived in one transaction at most. */
    static final int MAX_GROUP = 20_000;
    /** Events kept in memory for the background thread; batches beyond are read back from the database. */
    static final long MEMORY_BUDGET = 200_000;
    /** How long {@link #catchUp} may work before readers read what is derived so far. */
    static final Duration CATCH_UP_BUDGET = Duration.ofSeconds(3);
    /** How often the background thread looks for batches nobody derived, and how old they must be. */
    static final Duration SWEEP_EVERY = Duration.ofSeconds(5);

    /** A committed batch; {@code events} null when they are to be read back from the database. */
    private record Batch(long id, List<Event> events) {
        int size() {
            return events == null ? EventWriter.MAX_GROUP : events.size();
        }
    }

    /** Queued by {@link #close} so the thread stops now rather than at the end of its wait. */
    private static final Batch WAKE_UP = new Batch(-1, List.of());

    private final Database database;
    private final Clock clock;
    private final LinkedBlockingQueue<Batch> queue = new LinkedBlockingQueue<>();
    private final AtomicLong inMemory = new AtomicLong();
    /** Ids of the batches in {@link #queue}, which the sweep leaves to the queue rather than read back twice. */
    private final Set<Long> queued = ConcurrentHashMap.newKeySet();
    private final Thread thread;
    private volatile boolean closed;

    public EventDerivation(Database database, Clock clock) {
        this.database = database;
        this.clock = clock;
        this.thread = Thread.ofPlatform().name("duet-event-derivation").daemon().unstarted(this::run);
        thread.start();
    }

    /** Hands a just-committed batch to the background thread. */
    void committed(long batchId, List<Event> events) {
        queued.add(batchId);
        if (inMemory.addAndGet(events.size()) > MEMORY_BUDGET) {
            inMemory.addAndGet(-events.size());
            queue.add(new Batch(batchId, null));
        } else {
            queue.add(new Batch(batchId, events));
        }
    }

    /**
     * Derives every batch pending now, on the caller's thread, so what the caller reads next includes every event
     * acknowledged before; gives up after {@link #CATCH_UP_BUDGET} (under a backlog, reads show what is derived).
     */
    public void catchUp() {
        catchUp(CATCH_UP_BUDGET);
    }

    /** As {@link #catchUp()}, working for at most {@code budget}. */
    public void catchUp(Duration budget) {
        long deadline = System.nanoTime() + budget.toNanos();
        long after = 0;
        while (System.nanoTime() < deadline) {
            var pending = pending(after, null);
            if (pending.isEmpty()) return;
            derive(pending);
            after = pending.getLast().id();
        }
    }

    /** Events acknowledged but not derived yet, on every node. */
    public long backlog() {
        return database.read(handle -> handle.createQuery(
                "SELECT COALESCE(SUM(events), 0) FROM event_batches WHERE derived_at IS NULL").mapTo(Long.class).one());
    }

    private void run() {
        long nextSweep = 0;
        while (!closed) {
            try {
                var first = queue.poll(250, TimeUnit.MILLISECONDS);
                if (first == WAKE_UP) continue;
                if (first != null) deriveQueued(first);
                if (System.nanoTime() >= nextSweep) {
                    sweep();
                    nextSweep = System.nanoTime() + SWEEP_EVERY.toNanos();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException e) {
                // the batches stay pending and are derived by a later sweep or read; never let the thread die
                LOG.error("deriving events failed; they stay pending and are derived again later", e);
            }
        }
    }

    private void deriveQueued(Batch first) {
        var group = new ArrayList<Batch>(List.of(first));
        int events = first.size();
        Batch next;
        while (events < MAX_GROUP && (next = queue.poll()) != null) {
            if (next == WAKE_UP) continue;
            group.add(next);
            events += next.size();
        }
        try {
            derive(group);
        } finally {
            for (var batch : group) {
                if (batch.events() != null) inMemory.addAndGet(-batch.events().size());
                queued.remove(batch.id());
            }
        }
    }

    /**
     * Batches pending for a while: left by a failed derivation or by a node that stopped before deriving them. Batches
     * still queued here are skipped: under a backlog they are older than the sweep's age and would be read back twice.
     */
    private void sweep() {
        var olderThan = Timestamps.format(clock.instant().minus(SWEEP_EVERY));
        long after = 0;
        List<Batch> pending;
        while (!closed && !(pending = pending(after, olderThan)).isEmpty()) {
            after = pending.getLast().id();
            var left = pending.stream().filter(batch -> !queued.contains(batch.id())).toList();
            if (!left.isEmpty()) derive(left);
        }
    }

    private List<Batch> pending(long after, String receivedBefore) {
        int batches = Math.max(1, MAX_GROUP / EventWriter.MAX_GROUP);
        return database.read(handle -> handle.createQuery("""
                        SELECT id FROM event_batches WHERE derived_at IS NULL AND id > :after <received>
                        ORDER BY id LIMIT :limit""")
                .define("received", receivedBefore == null ? "" : "AND received_at < :before")
                .bind("after", after).bind("before", receivedBefore).bind("limit", batches)
                .map((rs, ctx) -> new Batch(rs.getLong("id"), null)).list());
    }

    /** Derives the batches nobody derived yet, in one transaction. */
    private void derive(List<Batch> batches) {
        database.writeVoid(handle -> {
            database.planForActualValues(handle);
            var derivedAt = Timestamps.format(clock.instant());
            var events = new ArrayList<Event>();
            var claimed = new ArrayList<Long>();
            var stored = new ArrayList<Long>();
            for (var batch : batches) {
                if (!claim(handle, batch.id(), derivedAt)) continue;
                claimed.add(batch.id());
                if (batch.events() == null) stored.add(batch.id());
                else events.addAll(batch.events());
            }
            events.addAll(StoredBatches.events(handle, stored));
            var derivable = ofExistingSpaces(handle, events, claimed);
            if (derivable.isEmpty()) return;
            Rollups.add(handle, derivable);
            VisitorSketches.add(handle, derivable);
            ExperimentAttribution.add(handle, derivable);
        });
    }

    /**
     * The events whose space still exists. A space deleted while its last events were being acknowledged leaves
     * nothing to derive them into (deriving them would fail the derived tables' keys, and the batch with them, again
     * and again), and its events are deleted from {@code batchIds} here, as the space's deletion deleted the others.
     */
    private static List<Event> ofExistingSpaces(Handle handle, List<Event> events, List<Long> batchIds) {
        if (events.isEmpty()) return events;
        var spaces = events.stream().map(Event::spaceId).distinct().toList();
        var existing = Set.copyOf(handle.createQuery("SELECT id FROM spaces WHERE id IN (<spaces>)")
                .bindList("spaces", spaces).mapTo(Long.class).list());
        if (existing.size() == spaces.size()) return events;
        var gone = spaces.stream().filter(space -> !existing.contains(space)).toList();
        handle.createUpdate("DELETE FROM events WHERE batch_id IN (<batches>) AND space_id IN (<gone>)")
                .bindList("batches", batchIds).bindList("gone", gone).execute();
        return events.stream().filter(event -> existing.contains(event.spaceId())).toList();
    }

    private static boolean claim(Handle handle, long batchId, String derivedAt) {
        return handle.createUpdate("UPDATE event_batches SET derived_at = :at WHERE id = :id AND derived_at IS NULL")
                .bind("at", derivedAt).bind("id", batchId).execute() == 1;
    }

    /** Stops the background thread; batches still queued stay pending and are derived by the next sweep or read. */
    @Override
    public void close() {
        closed = true;
        queue.add(WAKE_UP);
        try {
            thread.join(TimeUnit.SECONDS.toMillis(30));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
