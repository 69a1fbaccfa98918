package dev.duet.analytics;

import dev.duet.storage.Database;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The SQL of insights. Counts come from the narrow rollups (insights_hours, insights_blocks, insights_dimensions) and
 * unique visitors from the daily visitor sketches, never from the raw events, so a report reads few rows however many
 * events there were (bench/insights).
 */
final class InsightsQueries {

    /**
     * What a count query groups by: a fixed table, key column and filter each (never caller text). Totals and days
     * are summed from hours in Java: grouping by hour follows the key order, while grouping by day or by nothing made
     * the databases sort or hash every row first (measured, bench/insights).
     */
    enum Grouping {
        HOUR("insights_hours", "hour", "", "value_sum"),
        STORY("insights_hours", "story_id", "AND story_id <> 0", "value_sum"),
        BLOCK("insights_blocks", "block_uid", "", "0"),
        SEGMENT("insights_dimensions", "value", "AND dimension = 'segment'", "0"),
        CHANNEL("insights_dimensions", "value", "AND dimension = 'channel'", "0"),
        LOCALE("insights_dimensions", "value", "AND dimension = 'locale'", "0"),
        DEVICE("insights_dimensions", "value", "AND dimension = 'device'", "0");

        private final String table;
        private final String key;
        private final String filter;
        private final String value;

        Grouping(String table, String key, String filter, String value) {
            this.table = table;
            this.key = key;
            this.filter = filter;
            this.value = value;
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

    /**
     * Page views, clicks and conversions in the period, per group key and type; {@code storyId} null for all stories
     * (the block grouping needs one).
     */
    List<Row> counts(long spaceId, InsightsPeriod period, Long storyId, Grouping grouping) {
        return database.read(handle -> handle.createQuery("""
                        SELECT <key> AS group_key, type, SUM(events) AS events, SUM(<value>) AS value_sum
                        FROM <table>
                        WHERE space_id = :space <filter> AND hour >= :first AND hour < :end <story>
                        GROUP BY <key>, type""")
                .define("table", grouping.table).define("key", grouping.key).define("filter", grouping.filter)
                .define("value", grouping.value)
                .define("story", storyId == null ? "" : "AND story_id = :story_id")
                .bind("space", spaceId).bind("first", period.firstHour()).bind("end", period.endHour())
                .bind("story_id", storyId)
                .map((rs, ctx) -> new Row(rs.getString("group_key"), rs.getString("type"), rs.getLong("events"),
                        rs.getDouble("value_sum")))
                .list());
    }

    /** Distinct visitors over the whole period, of the space ({@code storyId} null) or of one story. */
    long visitors(long spaceId, InsightsPeriod period, Long storyId) {
        var all = VisitorSketch.empty();
        sketches(spaceId, period, storyId == null ? 0L : storyId).forEach(day -> all.merge(day.sketch()));
        return all.count();
    }

    /** Distinct visitors per day of the period (days without visitors are absent). */
    Map<String, Long> visitorsByDay(long spaceId, InsightsPeriod period, Long storyId) {
        var byDay = new HashMap<String, Long>();
        sketches(spaceId, period, storyId == null ? 0L : storyId)
                .forEach(day -> byDay.put(day.day(), day.sketch().count()));
        return byDay;
    }

    /** Distinct visitors over the whole period, per story seen in it. */
    Map<Long, Long> visitorsByStory(long spaceId, InsightsPeriod period) {
        var byStory = new HashMap<Long, VisitorSketch>();
        sketches(spaceId, period, null).forEach(day ->
                byStory.computeIfAbsent(day.storyId(), id -> VisitorSketch.empty()).merge(day.sketch()));
        var counts = new HashMap<Long, Long>();
        byStory.forEach((story, sketch) -> counts.put(story, sketch.count()));
        return counts;
    }

    private record DaySketch(long storyId, String day, VisitorSketch sketch) {
    }

    /** The day sketches of the period for one story (0: the whole space), or of every story when null. */
    private List<DaySketch> sketches(long spaceId, InsightsPeriod period, Long storyId) {
        return database.read(handle -> handle.createQuery("""
                        SELECT story_id, day, sketch FROM visitor_sketches
                        WHERE space_id = :space AND <story> AND day >= :from AND day <= :to""")
                .define("story", storyId == null ? "story_id <> 0" : "story_id = :story")
                .bind("space", spaceId).bind("story", storyId)
                .bind("from", period.from().toString()).bind("to", period.to().toString())
                .map((rs, ctx) -> new DaySketch(rs.getLong("story_id"), rs.getString("day"),
                        VisitorSketch.of(rs.getBytes("sketch"))))
                .list());
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
