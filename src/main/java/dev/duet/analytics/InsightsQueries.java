package dev.duet.analytics;

import dev.duet.storage.Database;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The SQL of insights. Counts come from the hourly rollups and unique visitors from the daily visitor lists, never
 * from the raw events, so a query reads at most one row per hour and combination of dimensions.
 */
final class InsightsQueries {

    /**
     * A view event naming a block is that block's impression, not a page view: everything but the block report
     * counts only views that name no block (clicks and conversions count wherever they happened).
     */
    private static final String PAGES = "AND (type <> 'view' OR block_uid = '')";

    /**
     * What a rollup query groups by; each names a fixed SQL expression (never caller text) and which rows count.
     * Totals and days are summed from hours in Java: grouping by hour follows the index order, while grouping by
     * day or by nothing made the databases sort or hash every row first (measured, bench/insights).
     */
    enum Grouping {
        HOUR("hour", PAGES),
        STORY("story_id", PAGES + " AND story_id <> 0"),
        BLOCK("block_uid", "AND block_uid <> ''"),
        SEGMENT("segment", PAGES),
        CHANNEL("channel", PAGES),
        LOCALE("locale", PAGES),
        DEVICE("device", PAGES);

        private final String expression;
        private final String filter;

        Grouping(String expression, String filter) {
            this.expression = expression;
            this.filter = filter;
        }
    }

    /** The sum of one event type's rollups under one group key. */
    record Row(String key, String type, long events, double value) {
    }

    /** A story's name and address, for labelling its numbers. */
    record StoryLabel(long id, String name, String fullSlug) {
    }

    private final Database database;

    InsightsQueries(Database database) {
        this.database = database;
    }

    /** Views, clicks and conversions in the period, per group key and type; {@code storyId} null for all stories. */
    List<Row> counts(long spaceId, InsightsPeriod period, Long storyId, Grouping grouping) {
        return database.read(handle -> handle.createQuery("""
                        SELECT <key> AS group_key, type, SUM(events) AS events, SUM(value_sum) AS value_sum
                        FROM event_rollups
                        WHERE space_id = :space AND hour >= :first AND hour < :end
                          AND type IN ('view', 'click', 'conversion') <story> <filter>
                        GROUP BY <group>""")
                .define("key", grouping.expression).define("filter", grouping.filter)
                .define("group", grouping.expression + ", type")
                .define("story", storyId == null ? "" : "AND story_id = :story_id")
                .bind("space", spaceId).bind("first", period.firstHour()).bind("end", period.endHour())
                .bind("story_id", storyId)
                .map((rs, ctx) -> new Row(rs.getString("group_key"), rs.getString("type"), rs.getLong("events"),
                        rs.getDouble("value_sum")))
                .list());
    }

    /** Distinct visitors over the whole period, of the space ({@code storyId} null) or of one story. */
    long visitors(long spaceId, InsightsPeriod period, Long storyId) {
        return database.read(handle -> handle.createQuery("""
                        SELECT COUNT(DISTINCT visitor) FROM daily_visitors
                        WHERE space_id = :space AND story_id = :story AND day >= :from AND day <= :to""")
                .bind("space", spaceId).bind("story", storyId == null ? 0L : storyId)
                .bind("from", period.from().toString()).bind("to", period.to().toString())
                .mapTo(Long.class).one());
    }

    /** Distinct visitors per day of the period (days without visitors are absent). */
    Map<String, Long> visitorsByDay(long spaceId, InsightsPeriod period, Long storyId) {
        var byDay = new HashMap<String, Long>();
        database.read(handle -> handle.createQuery("""
                        SELECT day, COUNT(*) AS visitors FROM daily_visitors
                        WHERE space_id = :space AND story_id = :story AND day >= :from AND day <= :to
                        GROUP BY day""")
                .bind("space", spaceId).bind("story", storyId == null ? 0L : storyId)
                .bind("from", period.from().toString()).bind("to", period.to().toString())
                .map((rs, ctx) -> byDay.put(rs.getString("day"), rs.getLong("visitors"))).list());
        return byDay;
    }

    /** Distinct visitors over the whole period, per story seen in it. */
    Map<Long, Long> visitorsByStory(long spaceId, InsightsPeriod period) {
        var byStory = new HashMap<Long, Long>();
        database.read(handle -> handle.createQuery("""
                        SELECT story_id, COUNT(DISTINCT visitor) AS visitors FROM daily_visitors
                        WHERE space_id = :space AND story_id <> 0 AND day >= :from AND day <= :to
                        GROUP BY story_id""")
                .bind("space", spaceId).bind("from", period.from().toString()).bind("to", period.to().toString())
                .map((rs, ctx) -> byStory.put(rs.getLong("story_id"), rs.getLong("visitors"))).list());
        return byStory;
    }

    /** Names and addresses of the stories of the space among {@code ids} (deleted ones are absent). */
    Map<Long, StoryLabel> storyLabels(long spaceId, List<Long> ids) {
        var labels = new HashMap<Long, StoryLabel>();
        if (ids.isEmpty()) return labels;
        database.read(handle -> handle.createQuery("""
                        SELECT id, name, full_slug FROM stories WHERE space_id = :space AND id IN (<ids>)""")
                .bind("space", spaceId).bindList("ids", ids)
                .map((rs, ctx) -> new StoryLabel(rs.getLong("id"), rs.getString("name"), rs.getString("full_slug")))
                .list()).forEach(label -> labels.put(label.id(), label));
        return labels;
    }

    /** The stored content (JSON) of a story, to name its blocks' components. */
    Optional<String> storyContent(long spaceId, long storyId) {
        return database.read(handle -> handle.createQuery("""
                        SELECT content FROM stories WHERE space_id = :space AND id = :story""")
                .bind("space", spaceId).bind("story", storyId).mapTo(String.class).findOne());
    }
}
