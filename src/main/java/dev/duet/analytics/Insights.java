package dev.duet.analytics;

import com.fasterxml.jackson.databind.JsonNode;
import dev.duet.analytics.InsightsQueries.Grouping;
import dev.duet.analytics.InsightsQueries.Row;
import dev.duet.analytics.InsightsReport.BlockPerformance;
import dev.duet.analytics.InsightsReport.BlocksReport;
import dev.duet.analytics.InsightsReport.Breakdown;
import dev.duet.analytics.InsightsReport.BreakdownRow;
import dev.duet.analytics.InsightsReport.Change;
import dev.duet.analytics.InsightsReport.Movers;
import dev.duet.analytics.InsightsReport.Overview;
import dev.duet.analytics.InsightsReport.Period;
import dev.duet.analytics.InsightsReport.Point;
import dev.duet.analytics.InsightsReport.StoriesReport;
import dev.duet.analytics.InsightsReport.StoryPerformance;
import dev.duet.analytics.InsightsReport.Timing;
import dev.duet.analytics.InsightsReport.TimingCell;
import dev.duet.analytics.InsightsReport.Totals;
import dev.duet.storage.Database;
import dev.duet.web.Json;

import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.UnaryOperator;

import static dev.duet.analytics.InsightsReport.change;
import static dev.duet.analytics.InsightsReport.rate;

/**
 * Content performance read from the rollups: headline numbers and series, per story, per block, by time of week and
 * by dimension. Every event acknowledged before a call counts (see {@link EventDerivation#catchUp}). Callers check
 * that the space (and story) exist; numbers of an unknown id are simply zero.
 */
public final class Insights {

    /** How many stories the top movers list in each direction. */
    static final int MOVERS = 5;

    private final InsightsQueries queries;
    private final EventDerivation derivation;

    public Insights(Database database, EventDerivation derivation) {
        this.queries = new InsightsQueries(database);
        this.derivation = derivation;
    }

    public Overview overview(long spaceId, InsightsPeriod period, Long storyId) {
        derivation.catchUp();
        var previous = period.previous();
        var current = Measured.of(this, spaceId, period, storyId);
        var before = Measured.of(this, spaceId, previous, storyId);
        return new Overview(Period.of(period), Period.of(previous), storyId, period.hourly() ? "hour" : "day",
                current.totals, before.totals, Change.between(current.totals, before.totals), current.series,
                before.series);
    }

    /**
     * A period's totals and series from one pass over its rollups: the totals are the sums of the series' buckets,
     * which cover the period exactly, so the rollups are read once, not twice.
     */
    private record Measured(Totals totals, List<Point> series) {
        static Measured of(Insights insights, long spaceId, InsightsPeriod period, Long storyId) {
            var counts = Counts.of(insights.queries.counts(spaceId, period, storyId, Grouping.HOUR),
                    period.hourly() ? Counts.HOUR : Counts.DAY);
            var visitorsByDay = period.hourly() ? Map.<String, Long>of()
                    : insights.queries.visitorsByDay(spaceId, period, storyId);
            var sum = new Counts();
            var series = new ArrayList<Point>();
            for (var bucket : period.buckets()) {
                var at = counts.getOrDefault(bucket, new Counts());
                sum.add(at);
                series.add(new Point(bucket, at.views, period.hourly() ? null : visitorsByDay.getOrDefault(bucket, 0L),
                        at.clicks, at.conversions));
            }
            long visitors = insights.queries.visitors(spaceId, period, storyId);
            return new Measured(new Totals(sum.views, visitors, sum.clicks, sum.conversions, sum.value,
                    rate(sum.conversions, visitors)), List.copyOf(series));
        }
    }

    /** Every story with events in the period or the previous one, sorted; {@code limit} and {@code offset} page it. */
    public StoriesReport stories(long spaceId, InsightsPeriod period, Comparator<StoryPerformance> order, int offset,
                                 int limit) {
        derivation.catchUp();
        var previous = period.previous();
        var current = Counts.of(queries.counts(spaceId, period, null, Grouping.STORY));
        var before = Counts.of(queries.counts(spaceId, previous, null, Grouping.STORY));
        var visitors = queries.visitorsByStory(spaceId, period);
        var previousVisitors = queries.visitorsByStory(spaceId, previous);
        var ids = new HashSet<String>(current.keySet());
        ids.addAll(before.keySet());
        var labels = queries.storyLabels(spaceId, ids.stream().map(Long::valueOf).toList());
        var all = new ArrayList<StoryPerformance>();
        for (var key : ids) {
            long id = Long.parseLong(key);
            var now = current.getOrDefault(key, new Counts());
            var then = before.getOrDefault(key, new Counts());
            var label = labels.get(id);
            long seen = visitors.getOrDefault(id, 0L);
            all.add(new StoryPerformance(id, label == null ? null : label.name(), label == null ? null : label.fullSlug(),
                    now.views, seen, now.clicks, now.conversions, rate(now.conversions, seen), then.views,
                    previousVisitors.getOrDefault(id, 0L), then.conversions, change(now.views, then.views),
                    change(now.conversions, then.conversions)));
        }
        all.sort(order);
        var page = all.stream().skip(offset).limit(limit).toList();
        return new StoriesReport(Period.of(period), Period.of(previous), all.size(), page, movers(all));
    }

    private static Movers movers(List<StoryPerformance> stories) {
        var byDifference = Comparator.comparingLong(StoryPerformance::viewsDifference)
                .thenComparingLong(StoryPerformance::storyId);
        var rises = stories.stream().filter(story -> story.viewsDifference() > 0).sorted(byDifference.reversed())
                .limit(MOVERS).toList();
        var falls = stories.stream().filter(story -> story.viewsDifference() < 0).sorted(byDifference)
                .limit(MOVERS).toList();
        return new Movers(rises, falls);
    }

    /** The blocks of a story with events in the period, most clicked first. */
    public BlocksReport blocks(long spaceId, InsightsPeriod period, long storyId) {
        derivation.catchUp();
        var counts = Counts.of(queries.counts(spaceId, period, storyId, Grouping.BLOCK));
        var page = Counts.of(queries.counts(spaceId, period, storyId, Grouping.HOUR), Counts.ALL)
                .getOrDefault("", new Counts());
        var components = components(queries.storyContent(spaceId, storyId).map(Json::tree).orElse(null));
        var blocks = counts.entrySet().stream().map(entry -> new BlockPerformance(entry.getKey(),
                        components.get(entry.getKey()), entry.getValue().views, entry.getValue().clicks,
                        rate(entry.getValue().clicks, page.views), entry.getValue().conversions))
                .sorted(Comparator.comparingLong(BlockPerformance::clicks).reversed()
                        .thenComparing(Comparator.comparingLong(BlockPerformance::views).reversed())
                        .thenComparing(BlockPerformance::blockUid))
                .toList();
        var label = queries.storyLabels(spaceId, List.of(storyId)).get(storyId);
        return new BlocksReport(Period.of(period), storyId, label == null ? null : label.name(),
                label == null ? null : label.fullSlug(), page.views, blocks);
    }

    /** Every block uid in the content with its component, however deeply nested (richtext blok nodes included). */
    private static Map<String, String> components(JsonNode content) {
        var found = new HashMap<String, String>();
        if (content == null) return found;
        var pending = new ArrayList<JsonNode>(List.of(content));
        while (!pending.isEmpty()) {
            var node = pending.removeLast();
            if (node.isObject() && node.path("_uid").isTextual() && node.path("component").isTextual()) {
                found.putIfAbsent(node.get("_uid").asText(), node.get("component").asText());
            }
            node.forEach(pending::add);
        }
        return found;
    }

    /** Views and conversions per day of week and hour, in {@code offset} (UTC: {@link ZoneOffset#UTC}). */
    public Timing timing(long spaceId, InsightsPeriod period, Long storyId, ZoneOffset offset) {
        derivation.catchUp();
        var cells = new long[7][24][2];
        for (var row : queries.counts(spaceId, period, storyId, Grouping.HOUR)) {
            var local = LocalDateTime.parse(row.key() + ":00").atOffset(ZoneOffset.UTC).withOffsetSameInstant(offset);
            var cell = cells[local.getDayOfWeek().getValue() - 1][local.getHour()];
            if (row.type().equals("view")) cell[0] += row.events();
            if (row.type().equals("conversion")) cell[1] += row.events();
        }
        var list = new ArrayList<TimingCell>();
        for (int day = 0; day < 7; day++) {
            for (int hour = 0; hour < 24; hour++) {
                list.add(new TimingCell(day + 1, hour, cells[day][hour][0], cells[day][hour][1]));
            }
        }
        return new Timing(Period.of(period), storyId, offset.getId().equals("Z") ? "+00:00" : offset.getId(), list);
    }

    /** Views, clicks and conversions per value of {@code dimension}, most viewed first. */
    public Breakdown breakdown(long spaceId, InsightsPeriod period, Long storyId, InsightsDimension dimension) {
        derivation.catchUp();
        var rows = Counts.of(queries.counts(spaceId, period, storyId, dimension.grouping())).entrySet().stream()
                .map(entry -> new BreakdownRow(entry.getKey(), entry.getValue().views, entry.getValue().clicks,
                        entry.getValue().conversions, rate(entry.getValue().clicks, entry.getValue().views),
                        rate(entry.getValue().conversions, entry.getValue().views)))
                .sorted(Comparator.comparingLong(BreakdownRow::views).reversed()
                        .thenComparing(Comparator.comparingLong(BreakdownRow::conversions).reversed())
                        .thenComparing(BreakdownRow::value))
                .toList();
        return new Breakdown(Period.of(period), storyId, dimension.id(), rows);
    }

    /** Views, clicks, conversions and conversion value of one group key, summed from its rows. */
    private static final class Counts {
        long views;
        long clicks;
        long conversions;
        double value;

        void add(Counts other) {
            views += other.views;
            clicks += other.clicks;
            conversions += other.conversions;
            value += other.value;
        }

        /** Hour keys ({@code 2026-11-01T05}) as they are, by their day, or all under "". */
        static final UnaryOperator<String> HOUR = hour -> hour;
        static final UnaryOperator<String> DAY = hour -> hour.substring(0, 10);
        static final UnaryOperator<String> ALL = hour -> "";

        static Map<String, Counts> of(List<Row> rows) {
            return of(rows, UnaryOperator.identity());
        }

        /** The rows' counts summed per {@code keyOf(row key)}. */
        static Map<String, Counts> of(List<Row> rows, UnaryOperator<String> keyOf) {
            var byKey = new TreeMap<String, Counts>();
            for (var row : rows) {
                var counts = byKey.computeIfAbsent(keyOf.apply(row.key()), key -> new Counts());
                switch (row.type()) {
                    case "view" -> counts.views += row.events();
                    case "click" -> counts.clicks += row.events();
                    case "conversion" -> {
                        counts.conversions += row.events();
                        counts.value += row.value();
                    }
                    default -> { }
                }
            }
            return byKey;
        }
    }
}
