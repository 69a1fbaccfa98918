package dev.duet.analytics;

import dev.duet.storage.RowCopy;
import dev.duet.storage.Timestamps;
import org.jdbi.v3.core.Handle;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/** Writes a batch's raw events, and reads them back for deriving a batch whose events are no longer in memory. */
final class StoredBatches {

    private StoredBatches() {
    }

    private static final List<String> COLUMNS = List.of("batch_id", "space_id", "type", "name", "visitor", "occurred_at",
            "received_at", "story_id", "block_uid", "experiment", "variation", "value", "segment", "channel", "locale",
            "device");
    private static final MultiRowInsert EVENTS = new MultiRowInsert(
            "INSERT INTO events (" + String.join(", ", COLUMNS) + ")", COLUMNS.size(), "");

    /**
     * Stores {@code events} as batch {@code batchId} in the caller's transaction: by COPY on PostgreSQL, where binding
     * each value of a multi-row insert cost the writer most of its time, by multi-row inserts on SQLite.
     */
    static void insert(Handle handle, long batchId, List<Event> events, String receivedAt) {
        var rows = new ArrayList<Object[]>(events.size());
        for (var event : events) {
            rows.add(new Object[]{batchId, event.spaceId(), event.type().label(), event.name(), event.visitor(),
                    Timestamps.format(event.occurredAt()), receivedAt, event.storyId(), event.blockUid(),
                    event.experiment(), event.variation(), event.value(), event.segment(), event.channel(),
                    event.locale(), event.device()});
        }
        if (RowCopy.available(handle)) RowCopy.copy(handle, "events", COLUMNS, rows);
        else EVENTS.run(handle, rows);
    }

    /** The events of the batches {@code batchIds}, in the order they were stored. */
    static List<Event> events(Handle handle, List<Long> batchIds) {
        if (batchIds.isEmpty()) return List.of();
        return handle.createQuery("""
                        SELECT space_id, type, name, visitor, occurred_at, story_id, block_uid, experiment, variation,
                               value, segment, channel, locale, device
                        FROM events WHERE batch_id IN (<batches>) ORDER BY id""")
                .bindList("batches", batchIds)
                .map((rs, ctx) -> event(rs)).list();
    }

    private static Event event(ResultSet rs) throws SQLException {
        return new Event(rs.getLong("space_id"), EventType.parse(rs.getString("type")), rs.getString("name"),
                rs.getString("visitor"), Timestamps.parse(rs.getString("occurred_at")), nullableLong(rs, "story_id"),
                rs.getString("block_uid"), rs.getString("experiment"), nullableInt(rs, "variation"),
                nullableDouble(rs, "value"), rs.getString("segment"), rs.getString("channel"), rs.getString("locale"),
                rs.getString("device"));
    }

    private static Long nullableLong(ResultSet rs, String column) throws SQLException {
        long value = rs.getLong(column);
        return rs.wasNull() ? null : value;
    }

    private static Integer nullableInt(ResultSet rs, String column) throws SQLException {
        int value = rs.getInt(column);
        return rs.wasNull() ? null : value;
    }

    private static Double nullableDouble(ResultSet rs, String column) throws SQLException {
        double value = rs.getDouble(column);
        return rs.wasNull() ? null : value;
    }
}
