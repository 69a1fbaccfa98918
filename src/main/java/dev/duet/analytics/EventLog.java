package dev.duet.analytics;

import dev.duet.storage.Database;
import dev.duet.storage.Timestamps;
import org.jdbi.v3.core.Handle;

import java.time.Clock;
import java.util.List;

/**
 * Stores batches of validated events durably: the raw events and a row for their batch, in one transaction. When
 * {@link #append} returns, the batch is committed and on disk (see {@link Database#writeDurably}); callers acknowledge
 * events only then. Rollups, visitor sketches and experiment data are derived from the batch afterwards by
 * {@link EventDerivation}, exactly once, so storing stays cheap: the events table, its key and one index.
 */
public final class EventLog {

    private final Database database;
    private final EventDerivation derivation;
    private final Clock clock;

    public EventLog(Database database, EventDerivation derivation, Clock clock) {
        this.database = database;
        this.derivation = derivation;
        this.clock = clock;
    }

    /** Stores {@code events} (of any spaces) in one transaction and hands them on for derivation. */
    public void append(List<Event> events) {
        if (events.isEmpty()) return;
        var receivedAt = Timestamps.format(clock.instant());
        var batch = new long[1];
        database.writeDurably(handle -> {
            batch[0] = handle.createUpdate("INSERT INTO event_batches (events, received_at) VALUES (:events, :at)")
                    .bind("events", events.size()).bind("at", receivedAt)
                    .executeAndReturnGeneratedKeys("id").mapTo(Long.class).one();
            StoredBatches.insert(handle, batch[0], events, receivedAt);
        });
        derivation.committed(batch[0], events);
    }

    /**
     * Deletes a space's raw events, in the transaction deleting the space. They have no foreign key to cascade by
     * (storing one checked it per event, see V25); this is a scan, as they are indexed by batch only, which a rare
     * deletion can afford and every stored event cannot. Events acknowledged meanwhile are deleted by derivation.
     */
    public void deleteSpaceEvents(Handle handle, long spaceId) {
        handle.createUpdate("DELETE FROM events WHERE space_id = :space").bind("space", spaceId).execute();
    }
}
