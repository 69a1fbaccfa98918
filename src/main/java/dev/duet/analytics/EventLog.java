package dev.duet.analytics;

import dev.duet.storage.Database;
import dev.duet.storage.Timestamps;

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
}
