package dev.duet.analytics;

import dev.duet.storage.Database;
import dev.duet.storage.Timestamps;
import org.jdbi.v3.core.Handle;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

/**
 * Stores batches of validated events durably: the raw events, the hourly rollups, the daily distinct visitors, and
 * the experiment exposures and per-visitor metrics, all in one transaction per batch. When {@link #append} returns,
 * the batch is committed and on disk (see {@link Database#writeDurably}); callers acknowledge events only then.
 */
public final class EventLog {

    /** Visitors looked up per query when attributing events to experiments; well under every database's limit. */
    private static final int LOOKUP_CHUNK = 500;

    private final Database database;
    private final Clock clock;

    public EventLog(Database database, Clock clock) {
        this.database = database;
        this.clock = clock;
    }

    /** Stores {@code events} (of any spaces) in one transaction. */
    public void append(List<Event> events) {
        if (events.isEmpty()) return;
        var receivedAt = Timestamps.format(clock.instant());
        database.writeDurably(handle -> {
            insertEvents(handle, events, receivedAt);
            Rollups.add(handle, events);
            insertExposures(handle, events);
            attribute(handle, events);
        });
    }

    private static final MultiRowInsert EVENTS = new MultiRowInsert("""
            INSERT INTO events (space_id, type, name, visitor, occurred_at, received_at, story_id, block_uid,
                                experiment, variation, value, segment, channel, locale, device)""", 15, "");

    private static void insertEvents(Handle handle, List<Event> events, String receivedAt) {
        var rows = new ArrayList<Object[]>(events.size());
        for (var event : events) {
            rows.add(new Object[]{event.spaceId(), event.type().label(), event.name(), event.visitor(),
                    Timestamps.format(event.occurredAt()), receivedAt, event.storyId(), event.blockUid(),
                    event.experiment(), event.variation(), event.value(), event.segment(), event.channel(),
                    event.locale(), event.device()});
        }
        EVENTS.run(handle, rows);
    }

    /** The first exposure of a visitor to an experiment decides their variation; later ones change nothing. */
    private static final MultiRowInsert EXPOSURES = new MultiRowInsert("""
            INSERT INTO experiment_exposures (space_id, experiment, visitor, variation, exposed_at, segment, channel,
                                              locale, device)""", 9,
            "ON CONFLICT (space_id, experiment, visitor) DO NOTHING");

    private static void insertExposures(Handle handle, List<Event> events) {
        var rows = new ArrayList<Object[]>();
        for (var event : events) {
            if (event.type() != EventType.EXPOSURE || event.experiment() == null || event.variation() == null) continue;
            rows.add(new Object[]{event.spaceId(), event.experiment(), event.visitor(), event.variation(),
                    Timestamps.format(event.occurredAt()), Rollups.text(event.segment()), Rollups.text(event.channel()),
                    Rollups.text(event.locale()), Rollups.text(event.device())});
        }
        EXPOSURES.run(handle, rows);
    }

    /** Adds each event to the metrics of every experiment its visitor was exposed to at or before it happened. */
    private static void attribute(Handle handle, List<Event> events) {
        var counted = events.stream().filter(event -> event.metricKey() != null).toList();
        if (counted.isEmpty()) return;
        var exposures = exposuresOf(handle, counted);
        var totals = new HashMap<MetricCell, double[]>();
        for (var event : counted) {
            for (var exposure : exposures.getOrDefault(new Visitor(event.spaceId(), event.visitor()), List.of())) {
                if (event.occurredAt().isBefore(exposure.at())) continue;
                var cell = new MetricCell(event.spaceId(), exposure.experiment(), event.visitor(), event.metricKey());
                var total = totals.computeIfAbsent(cell, key -> new double[2]);
                total[0] += event.metricValue();
                total[1]++;
            }
        }
        if (totals.isEmpty()) return;
        var rows = new ArrayList<Object[]>(totals.size());
        totals.forEach((cell, total) -> rows.add(new Object[]{cell.spaceId(), cell.experiment(), cell.visitor(),
                cell.metric(), total[0], (long) total[1]}));
        METRICS.run(handle, rows);
    }

    private static final MultiRowInsert METRICS = new MultiRowInsert(
            "INSERT INTO experiment_metrics (space_id, experiment, visitor, metric, value, events)", 6, """
            ON CONFLICT (space_id, experiment, visitor, metric) DO UPDATE
            SET value = experiment_metrics.value + excluded.value,
                events = experiment_metrics.events + excluded.events""");

    private static Map<Visitor, List<Exposure>> exposuresOf(Handle handle, List<Event> events) {
        var visitors = new LinkedHashSet<Visitor>();
        events.forEach(event -> visitors.add(new Visitor(event.spaceId(), event.visitor())));
        var found = new HashMap<Visitor, List<Exposure>>();
        var bySpace = new HashMap<Long, List<String>>();
        visitors.forEach(visitor -> bySpace.computeIfAbsent(visitor.spaceId(), key -> new ArrayList<>()).add(visitor.id()));
        bySpace.forEach((spaceId, ids) -> {
            for (int from = 0; from < ids.size(); from += LOOKUP_CHUNK) {
                handle.createQuery("""
                                SELECT visitor, experiment, exposed_at FROM experiment_exposures
                                WHERE space_id = :space AND visitor IN (<visitors>)""")
                        .bind("space", spaceId)
                        .bindList("visitors", ids.subList(from, Math.min(ids.size(), from + LOOKUP_CHUNK)))
                        .map((rs, ctx) -> Map.entry(new Visitor(spaceId, rs.getString("visitor")),
                                new Exposure(rs.getString("experiment"), Timestamps.parse(rs.getString("exposed_at")))))
                        .forEach(entry -> found.computeIfAbsent(entry.getKey(), key -> new ArrayList<>()).add(entry.getValue()));
            }
        });
        return found;
    }

    private record Visitor(long spaceId, String id) {
    }

    private record Exposure(String experiment, java.time.Instant at) {
    }

    private record MetricCell(long spaceId, String experiment, String visitor, String metric) {
    }
}
