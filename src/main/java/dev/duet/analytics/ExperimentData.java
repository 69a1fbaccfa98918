package dev.duet.analytics;

import dev.duet.storage.Database;
import dev.duet.storage.Timestamps;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What an experiment's analysis needs from the events: per variation, the exposed visitors (units) and the sufficient
 * statistics of one metric over them (n, sum, sum of squares), visitors who did nothing counting as 0. Every event
 * acknowledged before a call counts (pending ones are derived first, see {@link EventDerivation#catchUp}).
 */
public final class ExperimentData {

    /** Per-unit value of a metric: whether the visitor did it at all (a conversion rate), or the sum of its values. */
    public enum Aggregation { ANY, SUM }

    /** One variation's units and metric totals. */
    public record VariationTotals(int variation, long units, double sum, double sumSquares) {
    }

    /** Visitors exposed to an experiment so far, and when the first was. */
    public record Exposure(long units, Instant firstAt) {
    }

    private final Database database;
    private final EventDerivation derivation;

    public ExperimentData(Database database, EventDerivation derivation) {
        this.database = database;
        this.derivation = derivation;
    }

    /** What an experiment's units can be broken down by: the visitor's trait and context at their first exposure. */
    public enum Dimension {
        SEGMENT("segment"), CHANNEL("channel"), LOCALE("locale"), DEVICE("device");

        private final String column;

        Dimension(String column) {
            this.column = column;
        }

        /** The name the API uses, the column's. */
        public String label() {
            return column;
        }
    }

    /** Per experiment key of the space, its exposed visitors so far. */
    public Map<String, Exposure> exposures(long spaceId) {
        derivation.catchUp();
        var found = new HashMap<String, Exposure>();
        database.read(handle -> handle.createQuery("""
                        SELECT experiment, COUNT(*) AS units, MIN(exposed_at) AS first_at FROM experiment_exposures
                        WHERE space_id = :space GROUP BY experiment""")
                .bind("space", spaceId)
                .map((rs, ctx) -> Map.entry(rs.getString("experiment"),
                        new Exposure(rs.getLong("units"), Timestamps.parse(rs.getString("first_at")))))
                .list()).forEach(entry -> found.put(entry.getKey(), entry.getValue()));
        return found;
    }

    /**
     * Totals per variation (ordered by variation; variations nobody was exposed to are absent) of the metric counting
     * events under any of {@code metricKeys} (see {@link Event#metricKey()}).
     */
    public List<VariationTotals> totals(long spaceId, String experiment, Set<String> metricKeys, Aggregation aggregation) {
        return totals(spaceId, experiment, metricKeys, aggregation, null).getOrDefault("", List.of());
    }

    /**
     * As {@link #totals(long, String, Set, Aggregation)}, per value of {@code dimension} at each visitor's first
     * exposure ({@code ""} for visitors whose events did not say), values in order; all under {@code ""} for null.
     */
    public Map<String, List<VariationTotals>> totals(long spaceId, String experiment, Set<String> metricKeys,
                                                     Aggregation aggregation, Dimension dimension) {
        var perUnit = aggregation == Aggregation.ANY ? "CASE WHEN m.visitor IS NULL THEN 0 ELSE 1 END" : "COALESCE(m.v, 0)";
        var keys = metricKeys.isEmpty() ? List.of("") : List.copyOf(metricKeys);
        var value = dimension == null ? "''" : "COALESCE(x." + dimension.column + ", '')";
        var group = dimension == null ? "" : value + ", ";
        derivation.catchUp();
        var rows = database.read(handle -> handle.createQuery("""
                        SELECT <value> AS slice, x.variation, COUNT(*) AS units, SUM(<unit>) AS total,
                               SUM((<unit>) * (<unit>)) AS squares
                        FROM experiment_exposures x
                        LEFT JOIN (SELECT visitor, SUM(value) AS v FROM experiment_metrics
                                   WHERE space_id = :space AND experiment = :experiment AND metric IN (<keys>)
                                   GROUP BY visitor) m ON m.visitor = x.visitor
                        WHERE x.space_id = :space AND x.experiment = :experiment
                        GROUP BY <group>x.variation ORDER BY slice, x.variation""")
                .define("unit", perUnit).define("value", value).define("group", group)
                .bind("space", spaceId).bind("experiment", experiment).bindList("keys", keys)
                .map((rs, ctx) -> Map.entry(rs.getString("slice"), new VariationTotals(rs.getInt("variation"),
                        rs.getLong("units"), rs.getDouble("total"), rs.getDouble("squares"))))
                .list());
        var found = new LinkedHashMap<String, List<VariationTotals>>();
        rows.forEach(row -> found.computeIfAbsent(row.getKey(), key -> new ArrayList<>()).add(row.getValue()));
        return found;
    }
}
