package dev.duet.presence;

import dev.duet.access.AccessGuard;
import dev.duet.web.Json;
import dev.duet.web.Params;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;

import java.util.LinkedHashMap;
import java.util.Map;

import static dev.duet.access.Permission.STORY_WRITE;

/**
 * Merging a stale edit with what was saved since. It writes nothing, so it is not audited; it needs
 * {@code story:write} because its only use is saving the result.
 */
public final class MergeRoutes {

    record MergeRequest(Long baseVersion, Merges.Mine story, Map<String, String> resolutions) {
    }

    private final Merges merges;

    public MergeRoutes(Merges merges) {
        this.merges = merges;
    }

    public void register(RoutesConfig routes) {
        routes.post("/api/spaces/{space_id}/stories/{story_id}/merge", this::merge, STORY_WRITE);
    }

    private void merge(Context ctx) {
        var request = Json.body(ctx, MergeRequest.class);
        var result = merges.merge(Params.id(ctx, "space_id"), Params.id(ctx, "story_id"), request.baseVersion(),
                request.story(), request.resolutions());
        AccessGuard.unaudited(ctx);
        var out = new LinkedHashMap<String, Object>();
        out.put("story", result.merge().story());
        out.put("conflicts", result.merge().conflicts());
        out.put("changes", result.merge().changes());
        out.put("base_version", result.baseVersion());
        out.put("current_version", result.currentVersion());
        ctx.json(out);
    }
}
