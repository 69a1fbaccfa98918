package dev.duet.preview;

import dev.duet.failure.NotFound;
import io.javalin.http.Context;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The demo site under {@code /demo-site/}: a handful of files bundled with Duet. Its assets are a fixed list held in
 * memory, looked up by exact name, so no request path ever reaches the classpath or the file system. Every other
 * path is a page of the site (the story's full slug) and gets {@code index.html}, whose script reads the path.
 */
final class DemoSite {

    static final String BASE = "/demo-site";
    private static final String ASSETS = "assets/";
    private static final List<String> ASSET_NAMES = List.of("app.js", "blocks.js", "richtext.js", "html.js", "site.css",
            "i18n.js");
    /** The files change only with Duet itself, but browsers must see a new version at once: revalidate every time. */
    private static final String CACHE = "no-cache";

    private final BundledFile index;
    private final Map<String, BundledFile> assets;

    DemoSite() {
        this.index = BundledFile.load(BASE + "/index.html", "text/html;charset=utf-8");
        var loaded = new HashMap<String, BundledFile>();
        for (var name : ASSET_NAMES) loaded.put(ASSETS + name, BundledFile.load(BASE + "/" + ASSETS + name, contentType(name)));
        this.assets = Map.copyOf(loaded);
    }

    void answer(Context ctx) {
        var path = ctx.pathParamMap().getOrDefault("path", "");
        // browsers resolve dot segments before asking; a path that still has one is crafted and names no page
        if (hasDotSegment(path)) throw new NotFound("demo site page", path);
        if (path.startsWith(ASSETS)) {
            var asset = assets.get(path);
            if (asset == null) throw new NotFound("demo site file", path);
            asset.answer(ctx, CACHE);
            return;
        }
        index.answer(ctx, CACHE);
    }

    private static boolean hasDotSegment(String path) {
        for (var segment : path.split("[/\\\\]")) if (segment.equals(".") || segment.equals("..")) return true;
        return false;
    }

    private static String contentType(String name) {
        if (name.endsWith(".js")) return "text/javascript;charset=utf-8";
        if (name.endsWith(".css")) return "text/css;charset=utf-8";
        throw new IllegalArgumentException("no content type known for " + name);
    }
}
