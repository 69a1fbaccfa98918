package dev.duet.analytics;

import dev.duet.storage.Timestamps;
import org.jdbi.v3.core.Handle;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Keeps the hourly rollups up to date, incrementally: a batch is summed in memory first, so each touched row costs one
 * upsert however many of the batch's events fall into it. The wide rollup keeps every dimension at once (hour × story
 * × block × experiment × variation × segment × channel × locale × device) for slicing any way; the narrow ones keep
 * only what each insights report groups by, so they compress far better and reports read few rows.
 */
final class Rollups {

    /** The dimensions breakdowns offer, each with how an event names its value ('' when absent). */
    private static final Map<String, Function<Event, String>> DIMENSIONS = Map.of(
            "segment", Event::segment, "channel", Event::channel, "locale", Event::locale, "device", Event::device);

    private Rollups() {
    }

    static void add(Handle handle, List<Event> events) {
        var hours = new Hours();
        addWide(handle, events, hours);
        addInsights(handle, events, hours);
    }

    /** The hour of each event as stored, formatted once per hour a batch touches rather than once per event. */
    private static final class Hours {
        private final Map<Long, String> byEpochHour = new HashMap<>();

        String of(Event event) {
            return byEpochHour.computeIfAbsent(Math.floorDiv(event.occurredAt().getEpochSecond(), 3600L),
                    hour -> hourOf(event.occurredAt()));
        }
    }

    private static void addWide(Handle handle, List<Event> events, Hours hours) {
        var sums = new HashMap<List<Object>, double[]>();
        for (var event : events) {
            sum(sums, List.of(event.spaceId(), hours.of(event), event.type().label(), text(event.name()),
                    storyOf(event), text(event.blockUid()), text(event.experiment()),
                    event.variation() == null ? -1 : event.variation(), text(event.segment()), text(event.channel()),
                    text(event.locale()), text(event.device())), event);
        }
        WIDE.run(handle, rows(sums, true));
    }

    private static final MultiRowInsert WIDE = new MultiRowInsert("""
            INSERT INTO event_rollups (space_id, hour, type, name, story_id, block_uid, experiment, variation,
                                       segment, channel, locale, device, events, value_sum)""", 14, """
            ON CONFLICT (space_id, hour, type, name, story_id, block_uid, experiment, variation, segment, channel,
                         locale, device) DO UPDATE
            SET events = event_rollups.events + excluded.events,
                value_sum = event_rollups.value_sum + excluded.value_sum""");

    /** Views of pages (not of blocks), clicks and conversions: what insights count. */
    private static void addInsights(Handle handle, List<Event> events, Hours hourOf) {
        var hours = new HashMap<List<Object>, double[]>();
        var blocks = new HashMap<List<Object>, double[]>();
        var dimensions = new HashMap<List<Object>, double[]>();
        for (var event : events) {
            if (event.type() != EventType.VIEW && event.type() != EventType.CLICK && event.type() != EventType.CONVERSION) continue;
            var hour = hourOf.of(event);
            var type = event.type().label();
            var block = text(event.blockUid());
            if (!block.isEmpty()) sum(blocks, List.of(event.spaceId(), storyOf(event), hour, block, type), event);
            if (event.type() == EventType.VIEW && !block.isEmpty()) continue;
            sum(hours, List.of(event.spaceId(), hour, storyOf(event), type), event);
            DIMENSIONS.forEach((dimension, valueOf) -> sum(dimensions,
                    List.of(event.spaceId(), dimension, hour, text(valueOf.apply(event)), storyOf(event), type), event));
        }
        HOURS.run(handle, rows(hours, true));
        BLOCKS.run(handle, rows(blocks, false));
        INSIGHT_DIMENSIONS.run(handle, rows(dimensions, false));
    }

    private static final MultiRowInsert HOURS = new MultiRowInsert(
            "INSERT INTO insights_hours (space_id, hour, story_id, type, events, value_sum)", 6, """
            ON CONFLICT (space_id, hour, story_id, type) DO UPDATE
            SET events = insights_hours.events + excluded.events,
                value_sum = insights_hours.value_sum + excluded.value_sum""");

    private static final MultiRowInsert BLOCKS = new MultiRowInsert(
            "INSERT INTO insights_blocks (space_id, story_id, hour, block_uid, type, events)", 6, """
            ON CONFLICT (space_id, story_id, hour, block_uid, type) DO UPDATE
            SET events = insights_blocks.events + excluded.events""");

    private static final MultiRowInsert INSIGHT_DIMENSIONS = new MultiRowInsert(
            "INSERT INTO insights_dimensions (space_id, dimension, hour, value, story_id, type, events)", 7, """
            ON CONFLICT (space_id, dimension, hour, value, story_id, type) DO UPDATE
            SET events = insights_dimensions.events + excluded.events""");

    private static void sum(Map<List<Object>, double[]> sums, List<Object> key, Event event) {
        var sum = sums.computeIfAbsent(key, ignored -> new double[2]);
        sum[0]++;
        sum[1] += event.value() == null ? 0 : event.value();
    }

    /** Each key's columns followed by its event count and, when {@code withValue}, its value sum. */
    private static List<Object[]> rows(Map<List<Object>, double[]> sums, boolean withValue) {
        var rows = new ArrayList<Object[]>(sums.size());
        sums.forEach((key, sum) -> {
            var row = new Object[key.size() + (withValue ? 2 : 1)];
            for (int i = 0; i < key.size(); i++) row[i] = key.get(i);
            row[key.size()] = (long) sum[0];
            if (withValue) row[key.size() + 1] = sum[1];
            rows.add(row);
        });
        return rows;
    }

    private static long storyOf(Event event) {
        return event.storyId() == null ? 0 : event.storyId();
    }

    static String text(String value) {
        return value == null ? "" : value;
    }

    /** The hour an instant falls in, as stored: {@code 2026-11-23T05}. */
    static String hourOf(java.time.Instant instant) {
        return Timestamps.format(instant).substring(0, 13);
    }
}
