package dev.duet.analytics;

import dev.duet.storage.Timestamps;
import org.jdbi.v3.core.Handle;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Keeps the hourly rollups up to date, incrementally: a batch is summed in memory first, so each touched row costs one
 * upsert however many of the batch's events fall into it; the narrow rollups are summed from the wide one's cells. The wide rollup keeps every dimension at once (hour × story
 * × block × experiment × variation × segment × channel × locale × device) for slicing any way; the narrow ones keep
 * only what each insights report groups by, so they compress far better and reports read few rows.
 */
final class Rollups {

    /** The dimensions breakdowns offer (an event without a value counts under ''). */
    private static final List<String> DIMENSIONS = List.of("segment", "channel", "locale", "device");

    private Rollups() {
    }

    static void add(Handle handle, List<Event> events) {
        var wide = sumWide(events);
        WIDE.run(handle, wideRows(wide));
        addInsights(handle, wide);
    }

    /**
     * One cell of the wide rollup. Every narrower rollup is a projection of it, so a batch is summed into these cells
     * once, and the narrow rollups are summed from the cells, far fewer than the events.
     */
    private record Cell(long spaceId, String hour, EventType type, String name, long storyId, String block,
                        String experiment, int variation, String segment, String channel, String locale, String device) {

        Object[] row(double[] sum) {
            return new Object[]{spaceId, hour, type.label(), name, storyId, block, experiment, variation, segment,
                    channel, locale, device, (long) sum[0], sum[1]};
        }

        /** The value of an insights dimension in this cell. */
        String dimension(String name) {
            return switch (name) {
                case "segment" -> segment;
                case "channel" -> channel;
                case "locale" -> locale;
                case "device" -> device;
                default -> throw new IllegalArgumentException("no dimension " + name);
            };
        }
    }

    /** The batch's events summed per cell: {count, value sum}; the hour of each event formatted once per hour. */
    private static Map<Cell, double[]> sumWide(List<Event> events) {
        var hours = new HashMap<Long, String>();
        var sums = new HashMap<Cell, double[]>();
        for (var event : events) {
            var hour = hours.computeIfAbsent(Math.floorDiv(event.occurredAt().getEpochSecond(), 3600L),
                    ignored -> hourOf(event.occurredAt()));
            var cell = new Cell(event.spaceId(), hour, event.type(), text(event.name()), storyOf(event),
                    text(event.blockUid()), text(event.experiment()), event.variation() == null ? -1 : event.variation(),
                    text(event.segment()), text(event.channel()), text(event.locale()), text(event.device()));
            var sum = sums.computeIfAbsent(cell, ignored -> new double[2]);
            sum[0]++;
            sum[1] += event.value() == null ? 0 : event.value();
        }
        return sums;
    }

    private static List<Object[]> wideRows(Map<Cell, double[]> wide) {
        var rows = new ArrayList<Object[]>(wide.size());
        wide.forEach((cell, sum) -> rows.add(cell.row(sum)));
        return rows;
    }

    private static final MultiRowInsert WIDE = new MultiRowInsert("""
            INSERT INTO event_rollups (space_id, hour, type, name, story_id, block_uid, experiment, variation,
                                       segment, channel, locale, device, events, value_sum)""", 14, """
            ON CONFLICT (space_id, hour, type, name, story_id, block_uid, experiment, variation, segment, channel,
                         locale, device) DO UPDATE
            SET events = event_rollups.events + excluded.events,
                value_sum = event_rollups.value_sum + excluded.value_sum""");

    /** Views of pages (not of blocks), clicks and conversions: what insights count. */
    private static void addInsights(Handle handle, Map<Cell, double[]> wide) {
        var hours = new HashMap<List<Object>, double[]>();
        var blocks = new HashMap<List<Object>, double[]>();
        var dimensions = new HashMap<List<Object>, double[]>();
        wide.forEach((cell, sum) -> {
            var type = cell.type();
            if (type != EventType.VIEW && type != EventType.CLICK && type != EventType.CONVERSION) return;
            if (!cell.block().isEmpty()) add(blocks, List.of(cell.spaceId(), cell.storyId(), cell.hour(), cell.block(), type.label()), sum);
            if (type == EventType.VIEW && !cell.block().isEmpty()) return;
            add(hours, List.of(cell.spaceId(), cell.hour(), cell.storyId(), type.label()), sum);
            for (var dimension : DIMENSIONS) {
                add(dimensions, List.of(cell.spaceId(), dimension, cell.hour(), cell.dimension(dimension), cell.storyId(), type.label()), sum);
            }
        });
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

    private static void add(Map<List<Object>, double[]> sums, List<Object> key, double[] sum) {
        var total = sums.computeIfAbsent(key, ignored -> new double[2]);
        total[0] += sum[0];
        total[1] += sum[1];
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
