package dev.duet.analytics;

import dev.duet.analytics.InsightsReport.BlocksReport;
import dev.duet.analytics.InsightsReport.Breakdown;
import dev.duet.analytics.InsightsReport.Overview;
import dev.duet.analytics.InsightsReport.Point;
import dev.duet.analytics.InsightsReport.StoriesReport;
import dev.duet.analytics.InsightsReport.Timing;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The insights reports as CSV (RFC 4180: comma separated, CRLF line ends, a header row) for spreadsheets. Texts that
 * a spreadsheet would run as a formula (starting with =, +, - or @) are prefixed with an apostrophe, since story
 * names are typed by people.
 */
public final class InsightsCsv {

    private InsightsCsv() {
    }

    /** One row per bucket of the period and of the previous period. */
    public static String overview(Overview overview) {
        var out = new StringBuilder(row("period", "at", "views", "visitors", "clicks", "conversions"));
        points(out, "current", overview.series());
        points(out, "previous", overview.previousSeries());
        return out.toString();
    }

    private static void points(StringBuilder out, String period, List<Point> points) {
        for (var point : points) {
            out.append(row(period, point.at(), number(point.views()), number(point.visitors()), number(point.clicks()),
                    number(point.conversions())));
        }
    }

    public static String stories(StoriesReport report) {
        var out = new StringBuilder(row("story_id", "name", "full_slug", "views", "visitors", "clicks", "conversions",
                "conversion_rate", "previous_views", "previous_visitors", "previous_conversions", "views_change",
                "conversions_change"));
        for (var story : report.stories()) {
            out.append(row(number(story.storyId()), text(story.name()), text(story.fullSlug()), number(story.views()),
                    number(story.visitors()), number(story.clicks()), number(story.conversions()),
                    number(story.conversionRate()), number(story.previousViews()), number(story.previousVisitors()),
                    number(story.previousConversions()), number(story.viewsChange()), number(story.conversionsChange())));
        }
        return out.toString();
    }

    public static String blocks(BlocksReport report) {
        var out = new StringBuilder(row("block_uid", "component", "views", "clicks", "click_rate", "conversions"));
        for (var block : report.blocks()) {
            out.append(row(text(block.blockUid()), text(block.component()), number(block.views()), number(block.clicks()),
                    number(block.clickRate()), number(block.conversions())));
        }
        return out.toString();
    }

    public static String timing(Timing timing) {
        var out = new StringBuilder(row("day_of_week", "hour", "views", "conversions"));
        for (var cell : timing.cells()) {
            out.append(row(number(cell.dayOfWeek()), number(cell.hour()), number(cell.views()), number(cell.conversions())));
        }
        return out.toString();
    }

    public static String breakdown(Breakdown breakdown) {
        var out = new StringBuilder(row(breakdown.by(), "views", "clicks", "conversions", "click_rate",
                "conversions_per_view"));
        for (var value : breakdown.values()) {
            out.append(row(text(value.value()), number(value.views()), number(value.clicks()), number(value.conversions()),
                    number(value.clickRate()), number(value.conversionsPerView())));
        }
        return out.toString();
    }

    private static String row(String... cells) {
        return Arrays.stream(cells).map(InsightsCsv::quoted).collect(Collectors.joining(",")) + "\r\n";
    }

    private static String quoted(String cell) {
        if (cell.contains(",") || cell.contains("\"") || cell.contains("\n") || cell.contains("\r")) {
            return "\"" + cell.replace("\"", "\"\"") + "\"";
        }
        return cell;
    }

    static String text(String value) {
        if (value == null) return "";
        return !value.isEmpty() && "=+-@".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
    }

    private static String number(Long value) {
        return value == null ? "" : value.toString();
    }

    private static String number(long value) {
        return Long.toString(value);
    }

    /** Rates and changes with six decimals at most and never in exponent notation, which spreadsheets misread. */
    private static String number(Double value) {
        if (value == null) return "";
        return BigDecimal.valueOf(value).setScale(6, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
    }
}
