package dev.duet.preview;

import dev.duet.delivery.PreviewTokens;
import dev.duet.web.Params;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;

import java.util.Map;

import static dev.duet.access.Permission.CONTENT_READ;
import static dev.duet.access.Permission.PUBLIC;

/**
 * The visual editor's live preview over HTTP: signed preview tokens for the site in the editor's frame, the bridge
 * script sites include, the experiments helper sites include ({@code /duet-experiments.js}: visitor id, client-side
 * assignment, exposures and events), and the demo site that shows the demo space.
 */
public final class PreviewRoutes {

    /** Sites load the bridge on every page: browsers may keep it five minutes, then revalidate by ETag. */
    private static final String BRIDGE_CACHE = "public, max-age=300";

    private final PreviewTokens tokens;
    private final BundledFile bridge;
    private final BundledFile experiments;
    private final DemoSite demoSite;

    public PreviewRoutes(PreviewTokens tokens) {
        this.tokens = tokens;
        this.bridge = BundledFile.load("/bridge/bridge.js", "text/javascript;charset=utf-8");
        this.experiments = BundledFile.load("/bridge/duet-experiments.js", "text/javascript;charset=utf-8");
        this.demoSite = new DemoSite();
    }

    public void register(RoutesConfig routes) {
        // any editor who may open the preview may read drafts anyway, so reading content is enough
        routes.post("/api/spaces/{space_id}/preview_token", this::issue, CONTENT_READ);
        routes.get("/bridge.js", this::bridge, PUBLIC);
        routes.get("/duet-experiments.js", this::experiments, PUBLIC);
        routes.get(DemoSite.BASE, demoSite::answer, PUBLIC);
        routes.get(DemoSite.BASE + "/<path>", demoSite::answer, PUBLIC);
    }

    private void issue(Context ctx) {
        var issued = tokens.issue(Params.id(ctx, "space_id"));
        ctx.header("Cache-Control", "no-store");
        ctx.json(Map.of("token", issued.token(), "expires_at", issued.expiresAt()));
    }

    private void bridge(Context ctx) {
        // sites on any origin include the script; crossorigin loads and fetches need the header
        ctx.header("Access-Control-Allow-Origin", "*");
        bridge.answer(ctx, BRIDGE_CACHE);
    }

    /** The experiments helper sites include: served like the bridge, for the same reasons. */
    private void experiments(Context ctx) {
        ctx.header("Access-Control-Allow-Origin", "*");
        experiments.answer(ctx, BRIDGE_CACHE);
    }
}
