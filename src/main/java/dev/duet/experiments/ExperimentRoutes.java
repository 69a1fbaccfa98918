package dev.duet.experiments;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.duet.access.AccessGuard;
import dev.duet.analytics.ExperimentData;
import dev.duet.content.Stories;
import dev.duet.content.Story;
import dev.duet.failure.InvalidInput;
import dev.duet.web.IfMatch;
import dev.duet.web.Json;
import dev.duet.web.Params;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;

import java.util.Arrays;
import java.util.Locale;
import java.util.Map;

import static dev.duet.access.Permission.CONTENT_READ;
import static dev.duet.access.Permission.STORY_WRITE;

/** Experiments over HTTP: list and read them, their results, and deciding them (start, stop, ship a variant). */
public final class ExperimentRoutes {

    static final String EXPERIMENTS = "/api/spaces/{space_id}/experiments";
    static final String EXPERIMENT = EXPERIMENTS + "/{key}";

    record ShipRequest(Integer variation, Long version) {
    }

    record StatusRequest(String status, Long version) {
    }

    private final Experiments experiments;
    private final ExperimentResults results;
    private final ExperimentWrites writes;
    private final Stories stories;

    public ExperimentRoutes(Experiments experiments, ExperimentResults results, ExperimentWrites writes, Stories stories) {
        this.experiments = experiments;
        this.results = results;
        this.writes = writes;
        this.stories = stories;
    }

    public void register(RoutesConfig routes) {
        routes.get(EXPERIMENTS, this::list, CONTENT_READ);
        routes.get(EXPERIMENT, ctx -> ctx.json(Map.of("experiment", experiments.get(spaceId(ctx), key(ctx)))), CONTENT_READ);
        routes.get(EXPERIMENT + "/results", this::results, CONTENT_READ);
        routes.get(EXPERIMENT + "/results/breakdown", this::breakdown, CONTENT_READ);
        routes.post(EXPERIMENT + "/ship", this::ship, STORY_WRITE);
        routes.post(EXPERIMENT + "/status", this::status, STORY_WRITE);
    }

    private static long spaceId(Context ctx) {
        return Params.id(ctx, "space_id");
    }

    private static String key(Context ctx) {
        return ctx.pathParam("key");
    }

    private void list(Context ctx) {
        var status = ctx.queryParam("status");
        var filter = new ExperimentFilter(status == null || status.isBlank() ? null : status("status", status),
                Params.queryId(ctx, "story_id"));
        ctx.json(Map.of("experiments", experiments.list(spaceId(ctx), filter)));
    }

    private void results(Context ctx) {
        ctx.json(Map.of("results", results.results(spaceId(ctx), key(ctx), method(ctx))));
    }

    private void breakdown(Context ctx) {
        var dimension = dimension(ctx.queryParam("by"));
        ctx.json(Map.of("breakdown", results.breakdown(spaceId(ctx), key(ctx), method(ctx), dimension)));
    }

    /** The method the request names, or null (the experiment's planned one) when it names none of its parts. */
    private static ResultsMethod method(Context ctx) {
        var engine = ctx.queryParam("engine");
        var correction = ctx.queryParam("correction");
        var priorMean = ctx.queryParam("prior_mean");
        var priorSd = ctx.queryParam("prior_sd");
        if (engine == null && correction == null && priorMean == null && priorSd == null) return null;
        return ResultsMethod.parse(engine, correction, priorMean, priorSd);
    }

    private static ExperimentData.Dimension dimension(String raw) {
        var known = Arrays.stream(ExperimentData.Dimension.values()).map(ExperimentData.Dimension::label).toList();
        if (raw == null || raw.isBlank()) throw InvalidInput.field("by", "is required: one of " + String.join(", ", known));
        for (var dimension : ExperimentData.Dimension.values()) {
            if (dimension.label().equals(raw.strip().toLowerCase(Locale.ROOT))) return dimension;
        }
        throw InvalidInput.field("by", "must be one of " + String.join(", ", known) + ", got " + raw);
    }

    private void ship(Context ctx) {
        var request = Json.body(ctx, ShipRequest.class);
        var story = writes.ship(spaceId(ctx), key(ctx), request.variation(), IfMatch.basedOn(ctx, request.version()),
                AccessGuard.principal(ctx).email());
        answer(ctx, story, Map.of("experiment", key(ctx), "variation", request.variation()));
    }

    private void status(Context ctx) {
        var request = Json.body(ctx, StatusRequest.class);
        var status = status("status", request.status());
        var story = writes.changeStatus(spaceId(ctx), key(ctx), status, IfMatch.basedOn(ctx, request.version()),
                AccessGuard.principal(ctx).email());
        answer(ctx, story, Map.of("experiment", key(ctx), "status", status.label()));
    }

    private static ExperimentStatus status(String name, String raw) {
        var status = ExperimentStatus.parse(raw == null ? null : raw.strip());
        if (status == null) throw InvalidInput.field(name, "must be draft, running or stopped, got " + raw);
        return status;
    }

    /** The story as its own API answers it, with its new version as ETag, for the next write to be based on. */
    private void answer(Context ctx, Story story, Map<String, Object> decided) {
        ctx.header("ETag", IfMatch.etag(story.version()));
        ctx.header("Cache-Control", "no-store");
        AccessGuard.auditDetails(ctx, Map.of("story_id", story.id(), "version", story.version(), "decided", decided));
        ObjectNode json = Json.mapper().valueToTree(story);
        json.set("alternates", Json.mapper().valueToTree(stories.alternates(story.spaceId(), story.id(), story.groupId())));
        ctx.json(Map.of("story", json));
    }
}
