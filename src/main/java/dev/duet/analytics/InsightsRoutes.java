package dev.duet.analytics;

import dev.duet.failure.InvalidInput;
import dev.duet.web.Paging;
import dev.duet.web.Params;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;

import java.time.Clock;
import java.time.DateTimeException;
import java.time.ZoneOffset;
import java.util.function.BiConsumer;
import java.util.function.LongConsumer;
import java.util.function.Supplier;

import static dev.duet.access.Permission.CONTENT_READ;

/**
 * Content performance for everyone who may read the space: each report as JSON, or as CSV with {@code format=csv} or
 * {@code Accept: text/csv}. Every report takes {@code from} and {@code to} (UTC dates, default the last 28 days).
 */
public final class InsightsRoutes {

    private static final String BASE = "/api/spaces/{space_id}/insights";
    private static final String CSV = "text/csv";

    private final Insights insights;
    private final LongConsumer requireSpace;
    private final BiConsumer<Long, Long> requireStory;
    private final Clock clock;

    /** {@code requireSpace} and {@code requireStory} (space id, story id) throw the not-found failure of an unknown id. */
    public InsightsRoutes(Insights insights, LongConsumer requireSpace, BiConsumer<Long, Long> requireStory, Clock clock) {
        this.insights = insights;
        this.requireSpace = requireSpace;
        this.requireStory = requireStory;
        this.clock = clock;
    }

    public void register(RoutesConfig routes) {
        routes.get(BASE + "/overview", this::overview, CONTENT_READ);
        routes.get(BASE + "/stories", this::stories, CONTENT_READ);
        routes.get(BASE + "/blocks", this::blocks, CONTENT_READ);
        routes.get(BASE + "/timing", this::timing, CONTENT_READ);
        routes.get(BASE + "/breakdown", this::breakdown, CONTENT_READ);
    }

    private void overview(Context ctx) {
        var request = Request.of(ctx, this);
        var overview = insights.overview(request.spaceId, request.period, request.storyId);
        answer(ctx, request, "overview", overview, () -> InsightsCsv.overview(overview));
    }

    private void stories(Context ctx) {
        var request = Request.of(ctx, this);
        var order = InsightsOrder.parse(ctx.queryParam("sort")).comparator(ctx.queryParam("order"));
        var paging = Paging.of(ctx);
        var report = request.csv ? insights.stories(request.spaceId, request.period, order, 0, Integer.MAX_VALUE)
                : insights.stories(request.spaceId, request.period, order, paging.offset(), paging.perPage());
        paging.answer(ctx, report.total());
        answer(ctx, request, "stories", report, () -> InsightsCsv.stories(report));
    }

    private void blocks(Context ctx) {
        var request = Request.of(ctx, this);
        if (request.storyId == null) throw InvalidInput.field("story_id", "is required: the story whose blocks to report");
        var report = insights.blocks(request.spaceId, request.period, request.storyId);
        answer(ctx, request, "blocks-story-" + request.storyId, report, () -> InsightsCsv.blocks(report));
    }

    private void timing(Context ctx) {
        var request = Request.of(ctx, this);
        var timing = insights.timing(request.spaceId, request.period, request.storyId, offset(ctx.queryParam("tz")));
        answer(ctx, request, "timing", timing, () -> InsightsCsv.timing(timing));
    }

    private void breakdown(Context ctx) {
        var request = Request.of(ctx, this);
        var dimension = InsightsDimension.parse(ctx.queryParam("by"));
        var breakdown = insights.breakdown(request.spaceId, request.period, request.storyId, dimension);
        answer(ctx, request, "by-" + dimension.id(), breakdown, () -> InsightsCsv.breakdown(breakdown));
    }

    private static ZoneOffset offset(String raw) {
        if (raw == null || raw.isBlank()) return ZoneOffset.UTC;
        try {
            return ZoneOffset.of(raw.strip());
        } catch (DateTimeException e) {
            throw InvalidInput.field("tz", "must be a UTC offset like +02:00 or -05:30, got " + raw);
        }
    }

    /** The report as JSON, or as a CSV download; both carry the file name, so a saved JSON answer is named too. */
    private static void answer(Context ctx, Request request, String report, Object json, Supplier<String> csv) {
        var name = "insights-" + report + "-" + request.period.from() + "-to-" + request.period.to();
        if (request.csv) {
            ctx.header("Content-Disposition", "attachment; filename=\"" + name + ".csv\"");
            ctx.contentType(CSV + "; charset=utf-8").result(csv.get());
        } else {
            ctx.header("Content-Disposition", "inline; filename=\"" + name + ".json\"");
            ctx.json(json);
        }
    }

    /** What every report reads from the request, validated before anything is queried. */
    private record Request(long spaceId, InsightsPeriod period, Long storyId, boolean csv) {
        static Request of(Context ctx, InsightsRoutes routes) {
            long spaceId = Params.id(ctx, "space_id");
            var period = InsightsPeriod.parse(ctx.queryParam("from"), ctx.queryParam("to"), routes.clock);
            var storyId = Params.queryId(ctx, "story_id");
            boolean csv = wantsCsv(ctx);
            routes.requireSpace.accept(spaceId);
            if (storyId != null) routes.requireStory.accept(spaceId, storyId);
            return new Request(spaceId, period, storyId, csv);
        }

        private static boolean wantsCsv(Context ctx) {
            var format = ctx.queryParam("format");
            if (format == null || format.isBlank()) {
                var accept = ctx.header("Accept");
                return accept != null && accept.contains(CSV);
            }
            return switch (format.strip()) {
                case "csv" -> true;
                case "json" -> false;
                default -> throw InvalidInput.field("format", "must be json or csv, got " + format);
            };
        }
    }
}
