package dev.duet.experiments;

import dev.duet.access.AccessGuard;
import dev.duet.web.Json;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;

import static dev.duet.access.Permission.CONTENT_READ;

/**
 * The statistics engine over HTTP, for data teams that bring their own numbers: pure computation on the request's
 * sufficient statistics, reading and storing nothing.
 */
public final class StatsRoutes {

    public void register(RoutesConfig routes) {
        routes.post("/api/stats/analyze", this::analyze, CONTENT_READ);
    }

    private void analyze(Context ctx) {
        // a computation changes nothing, so the audit log (kept for writes) would only fill up with it
        AccessGuard.unaudited(ctx);
        var analysis = Json.body(ctx, AnalyzeRequest.class).analyse();
        ctx.json(AnalyzeResponse.of(analysis));
    }
}
