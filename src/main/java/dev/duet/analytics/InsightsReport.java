package dev.duet.analytics;

import java.util.List;

/**
 * The answers of insights, as values. Rates are fractions (0.042 is 4.2 %); a rate or change is null where its
 * denominator is 0 (no visitors, no views, nothing in the previous period), because "no data" is not "0 %".
 */
public final class InsightsReport {

    private InsightsReport() {
    }

    /** Relative change from {@code previous} to {@code current}: 0.25 for a rise of 25 %; null when previous is 0. */
    public static Double change(double current, double previous) {
        return previous == 0 ? null : (current - previous) / previous;
    }

    /** {@code part / whole}, or null when whole is 0. */
    public static Double rate(double part, double whole) {
        return whole == 0 ? null : part / whole;
    }

    public record Period(String from, String to, long days) {
        static Period of(InsightsPeriod period) {
            return new Period(period.from().toString(), period.to().toString(), period.days());
        }
    }

    /**
     * The headline numbers of a period. {@code conversionRate} is conversions per unique visitor (a visitor who
     * converts twice counts twice, so it can exceed 1); {@code conversionValue} sums the values conversions carried.
     */
    public record Totals(long views, long visitors, long clicks, long conversions, double conversionValue,
                         Double conversionRate) {
    }

    public record Change(Double views, Double visitors, Double clicks, Double conversions, Double conversionRate) {
        static Change between(Totals current, Totals previous) {
            return new Change(change(current.views(), previous.views()), change(current.visitors(), previous.visitors()),
                    change(current.clicks(), previous.clicks()), change(current.conversions(), previous.conversions()),
                    current.conversionRate() == null || previous.conversionRate() == null ? null
                            : change(current.conversionRate(), previous.conversionRate()));
        }
    }

    /** One bucket of a series: a day ({@code 2026-11-01}) or an hour ({@code 2026-11-01T05}); visitors only per day. */
    public record Point(String at, long views, Long visitors, long clicks, long conversions) {
    }

    public record Overview(Period period, Period previousPeriod, Long storyId, String granularity, Totals totals,
                           Totals previousTotals, Change change, List<Point> series, List<Point> previousSeries) {
    }

    /** One story's numbers in the period and the previous one; name and full slug null for a deleted story. */
    public record StoryPerformance(long storyId, String name, String fullSlug, long views, long visitors, long clicks,
                                   long conversions, Double conversionRate, long previousViews, long previousVisitors,
                                   long previousConversions, Double viewsChange, Double conversionsChange) {
        long viewsDifference() {
            return views - previousViews;
        }
    }

    /** The stories whose views rose and fell the most (by count, not percentage, so tiny pages do not dominate). */
    public record Movers(List<StoryPerformance> rises, List<StoryPerformance> falls) {
    }

    public record StoriesReport(Period period, Period previousPeriod, long total, List<StoryPerformance> stories,
                                Movers topMovers) {
    }

    /**
     * One block's numbers: {@code views} are the block's own view events (impressions, if the site reports them);
     * {@code clickRate} is clicks per view of the page the block is on.
     */
    public record BlockPerformance(String blockUid, String component, long views, long clicks, Double clickRate,
                                   long conversions) {
    }

    public record BlocksReport(Period period, long storyId, String name, String fullSlug, long pageViews,
                               List<BlockPerformance> blocks) {
    }

    /** Views and conversions at one hour of one day of the week (1 = Monday ... 7 = Sunday) in the chosen offset. */
    public record TimingCell(int dayOfWeek, int hour, long views, long conversions) {
    }

    public record Timing(Period period, Long storyId, String tz, List<TimingCell> cells) {
    }

    /**
     * One value of a dimension ("" when events did not say). Visitors are not broken down: the daily visitor lists
     * are kept per story, not per dimension, so rates here are per view, not per visitor.
     */
    public record BreakdownRow(String value, long views, long clicks, long conversions, Double clickRate,
                               Double conversionsPerView) {
    }

    public record Breakdown(Period period, Long storyId, String by, List<BreakdownRow> values) {
    }
}
