package dev.duet.analytics;

import dev.duet.storage.Timestamps;
import org.jdbi.v3.core.Handle;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;

/**
 * Keeps the hourly rollups and the daily distinct visitors up to date, incrementally: a batch is summed in memory
 * first, so each touched rollup row costs one upsert however many of the batch's events fall into it.
 */
final class Rollups {

    private Rollups() {
    }

    static void add(Handle handle, List<Event> events) {
        addCounts(handle, events);
        addVisitors(handle, events);
    }

    private static void addCounts(Handle handle, List<Event> events) {
        var sums = new HashMap<Key, double[]>();
        for (var event : events) {
            var sum = sums.computeIfAbsent(Key.of(event), key -> new double[2]);
            sum[0]++;
            sum[1] += event.value() == null ? 0 : event.value();
        }
        var rows = new ArrayList<Object[]>(sums.size());
        sums.forEach((key, sum) -> rows.add(new Object[]{key.spaceId(), key.hour(), key.type(), key.name(),
                key.storyId(), key.blockUid(), key.experiment(), key.variation(), key.segment(), key.channel(),
                key.locale(), key.device(), (long) sum[0], sum[1]}));
        COUNTS.run(handle, rows);
    }

    private static final MultiRowInsert COUNTS = new MultiRowInsert("""
            INSERT INTO event_rollups (space_id, hour, type, name, story_id, block_uid, experiment, variation,
                                       segment, channel, locale, device, events, value_sum)""", 14, """
            ON CONFLICT (space_id, hour, type, name, story_id, block_uid, experiment, variation, segment, channel,
                         locale, device) DO UPDATE
            SET events = event_rollups.events + excluded.events,
                value_sum = event_rollups.value_sum + excluded.value_sum""");

    /** Each visitor once per day for the space (story 0) and once per day for each story they were seen on. */
    private static void addVisitors(Handle handle, List<Event> events) {
        var rows = new LinkedHashSet<DailyVisitor>();
        for (var event : events) {
            var day = Timestamps.format(event.occurredAt()).substring(0, 10);
            rows.add(new DailyVisitor(event.spaceId(), day, 0, event.visitor()));
            if (event.storyId() != null) rows.add(new DailyVisitor(event.spaceId(), day, event.storyId(), event.visitor()));
        }
        var list = new ArrayList<Object[]>(rows.size());
        rows.forEach(row -> list.add(new Object[]{row.spaceId(), row.day(), row.storyId(), row.visitor()}));
        VISITORS.run(handle, list);
    }

    private static final MultiRowInsert VISITORS = new MultiRowInsert(
            "INSERT INTO daily_visitors (space_id, day, story_id, visitor)", 4,
            "ON CONFLICT (space_id, day, story_id, visitor) DO NOTHING");

    static String text(String value) {
        return value == null ? "" : value;
    }

    /** The hour an instant falls in, as stored: {@code 2026-11-23T05}. */
    static String hourOf(java.time.Instant instant) {
        return Timestamps.format(instant).substring(0, 13);
    }

    private record Key(long spaceId, String hour, String type, String name, long storyId, String blockUid,
                       String experiment, int variation, String segment, String channel, String locale, String device) {
        static Key of(Event event) {
            return new Key(event.spaceId(), hourOf(event.occurredAt()), event.type().label(), text(event.name()),
                    event.storyId() == null ? 0 : event.storyId(), text(event.blockUid()), text(event.experiment()),
                    event.variation() == null ? -1 : event.variation(), text(event.segment()), text(event.channel()),
                    text(event.locale()), text(event.device()));
        }
    }

    private record DailyVisitor(long spaceId, String day, long storyId, String visitor) {
    }
}
