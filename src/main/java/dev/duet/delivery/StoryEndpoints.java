package dev.duet.delivery;

import java.util.function.Function;
import java.util.function.Supplier;

/**
 * {@code stories} and {@code stories/{full_slug | id | uuid}}. A single published story in the default language with
 * nothing to resolve and no experiment block is the ready bytes of the snapshot; other published answers are rendered
 * once (per experiment variant combination) and kept in the {@link ResponseCache}; drafts are rendered for every
 * request.
 */
final class StoryEndpoints {

    static final int MAX_PER_PAGE = 100;

    private final ResponseCache cache;

    StoryEndpoints(ResponseCache cache) {
        this.cache = cache;
    }

    /** The answer for one story, or {@link RecordNotFound}. */
    ResponseCache.Entry single(StorySource source, CdnRequest request, String path, ExperimentView view) {
        var params = request.params();
        var story = find(source, path, params);
        var variant = StoryParams.variant(params, source.space(), story.language);
        var resolution = StoryParams.resolution(params);
        if (variant.isDefault() && resolution.isNone() && !source.draft() && story.story.experiments.isEmpty()) {
            return new ResponseCache.Entry(story.story.single(source.cv()), -1, -1);
        }
        Function<ExperimentView, ResponseCache.Entry> render = chosen -> {
            var writing = new StoryWriter.Writing(variant, chosen);
            var body = StoryWriter.single(story.story, source, writing, resolution);
            return new ResponseCache.Entry(body, -1, -1, writing.met());
        };
        return source.draft() ? render.apply(view) : published(source, request, view, render);
    }

    /** The answer for a list, with its total and page size. */
    ResponseCache.Entry list(StorySource source, CdnRequest request, ExperimentView view) {
        var params = request.params();
        var paging = CdnPaging.of(params, MAX_PER_PAGE);
        Function<ExperimentView, ResponseCache.Entry> render = chosen -> {
            var startsWith = StoryParams.startsWith(params);
            String language = null;
            if (startsWith != null) {
                var localised = StoryParams.localise(source.space(), startsWith);
                language = localised.language();
                startsWith = localised.rest().isEmpty() ? null : localised.rest();
            }
            var query = StoryParams.query(params, startsWith);
            var writing = new StoryWriter.Writing(StoryParams.variant(params, source.space(), language), chosen);
            var found = StoryFinder.find(source, query, paging);
            var body = StoryWriter.list(found.stories(), source, writing, StoryParams.resolution(params));
            return new ResponseCache.Entry(body, found.total(), paging.perPage(), writing.met());
        };
        return source.draft() ? render.apply(view) : published(source, request, view, render);
    }

    /**
     * A published answer from the cache, rendered on a miss. First the answer every visitor shares (rendered without
     * a visitor); when it holds experiment blocks that the view shows otherwise, the answer for the view's variant
     * combination, cached under that combination: per combination, never per visitor, so the entries stay few.
     */
    private ResponseCache.Entry published(StorySource source, CdnRequest request, ExperimentView view,
                                          Function<ExperimentView, ResponseCache.Entry> render) {
        var base = request.path() + "?" + request.params().canonical();
        var shared = cached(new ResponseCache.Key(source.space().id(), source.cv(), base),
                () -> render.apply(ExperimentView.NONE));
        if (shared.experiments().isEmpty() || view.equals(ExperimentView.NONE)) return shared;
        var combination = view.combination(shared.experiments());
        if (combination.equals(ExperimentView.NONE.combination(shared.experiments()))) return shared;
        return cached(new ResponseCache.Key(source.space().id(), source.cv(), base + "#" + combination),
                () -> render.apply(view));
    }

    private ResponseCache.Entry cached(ResponseCache.Key key, Supplier<ResponseCache.Entry> render) {
        var cached = cache.get(key);
        if (cached != null) return cached;
        var entry = render.get();
        cache.put(key, entry);
        return entry;
    }

    private static boolean isId(String path) {
        if (path.isEmpty() || path.length() > 18) return false;
        for (int i = 0; i < path.length(); i++) if (path.charAt(i) < '0' || path.charAt(i) > '9') return false;
        return true;
    }

    private record Located(DeliveredStory story, String language) {
    }

    /**
     * A number is an id; with {@code find_by=uuid} the path is a uuid; anything else is a {@code full_slug}, perhaps
     * led by a language code ({@code de/home}) or {@code [default]/}. A folder's slug finds its start page, whose
     * {@code full_slug} is the folder's with a trailing slash (which the request path loses).
     */
    private static Located find(StorySource source, String path, QueryParams params) {
        if ("uuid".equals(params.get("find_by"))) {
            return new Located(source.byUuid(path).orElseThrow(() -> new RecordNotFound("story", path)), null);
        }
        if (isId(path)) {
            return new Located(source.byId(Long.parseLong(path)).orElseThrow(() -> new RecordNotFound("story", path)), null);
        }
        var localised = StoryParams.localise(source.space(), path);
        var story = source.byFullSlug(localised.rest())
                .or(() -> source.byFullSlug(localised.rest() + "/"))
                .or(() -> localised.language() == null ? java.util.Optional.empty()
                        : source.byTranslatedPath(localised.language(), localised.rest()))
                .orElseThrow(() -> new RecordNotFound("story", path));
        return new Located(story, localised.language());
    }
}
