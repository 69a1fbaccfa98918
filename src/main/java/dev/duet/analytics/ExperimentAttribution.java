package dev.duet.analytics;

import dev.duet.storage.Dialect;
import dev.duet.storage.Timestamps;
import dev.duet.web.Json;
import org.jdbi.v3.core.Handle;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

/**
 * Derives what experiment analyses read from a batch of events: each visitor's first exposure to an experiment (which
 * decides their variation), and per exposed visitor and metric the sum and count of their events at or after it.
 * Exposures are stored before the batch's events are attributed, so a conversion in the same batch as its exposure
 * counts.
 */
final class ExperimentAttribution {

    /**
     * Visitors looked up per query. They travel as one parameter, an array on PostgreSQL and a JSON array on SQLite
     * (read by {@code json_each}): hundreds of placeholders, each bound, and statements of every length, each parsed,
     * cost derivation more than the lookup itself.
     */
    private static final int LOOKUP_CHUNK = 5000;
    private static final String EXPOSURES_OF =
            "SELECT visitor, experiment, exposed_at FROM experiment_exposures WHERE space_id = :space AND ";

    private ExperimentAttribution() {
    }

    static void add(Handle handle, List<Event> events) {
        insertExposures(handle, events);
        attribute(handle, events);
    }

    /** The first exposure of a visitor to an experiment decides their variation; later ones change nothing. */
    private static final MultiRowInsert EXPOSURES = new MultiRowInsert("""
            INSERT INTO experiment_exposures (space_id, experiment, visitor, variation, exposed_at, segment, channel,
                                              locale, device)""", 9,
            "ON CONFLICT (space_id, experiment, visitor) DO NOTHING");

    private static void insertExposures(Handle handle, List<Event> events) {
        var rows = new ArrayList<Object[]>();
        var first = new HashMap<List<Object>, Event>();
        for (var event : events) {
            if (event.type() != EventType.EXPOSURE || event.experiment() == null || event.variation() == null) continue;
            // PostgreSQL refuses a statement that touches one key twice; the earliest exposure of the batch stands
            first.merge(List.of(event.spaceId(), event.experiment(), event.visitor()), event,
                    (kept, other) -> other.occurredAt().isBefore(kept.occurredAt()) ? other : kept);
        }
        first.values().forEach(event -> rows.add(new Object[]{event.spaceId(), event.experiment(), event.visitor(),
                event.variation(), Timestamps.format(event.occurredAt()), Rollups.text(event.segment()),
                Rollups.text(event.channel()), Rollups.text(event.locale()), Rollups.text(event.device())}));
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
        boolean postgres = Dialect.of(handle) == Dialect.POSTGRES;
        bySpace.forEach((spaceId, ids) -> {
            for (int from = 0; from < ids.size(); from += LOOKUP_CHUNK) {
                var some = ids.subList(from, Math.min(ids.size(), from + LOOKUP_CHUNK));
                var query = postgres
                        ? handle.createQuery(EXPOSURES_OF + "visitor = ANY(:visitors)").bindArray("visitors", String.class, some)
                        : handle.createQuery(EXPOSURES_OF + "visitor IN (SELECT value FROM json_each(:visitors))")
                                .bind("visitors", Json.write(some));
                query.bind("space", spaceId)
                        .map((rs, ctx) -> Map.entry(new Visitor(spaceId, rs.getString("visitor")),
                                new Exposure(rs.getString("experiment"), Timestamps.parse(rs.getString("exposed_at")))))
                        .forEach(entry -> found.computeIfAbsent(entry.getKey(), key -> new ArrayList<>()).add(entry.getValue()));
            }
        });
        return found;
    }

    private record Visitor(long spaceId, String id) {
    }

    private record Exposure(String experiment, Instant at) {
    }

    private record MetricCell(long spaceId, String experiment, String visitor, String metric) {
    }
}
