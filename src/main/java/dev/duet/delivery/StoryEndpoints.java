package dev.duet.delivery;

/**
 * {@code stories} and {@code stories/{full_slug | id | uuid}}. A single published story in the default language with
 * nothing to resolve is the ready bytes of the snapshot; other published answers are rendered once and kept in the
 * {@link ResponseCache}; drafts are rendered for every request.
 */
final class StoryEndpoints {

    static final int MAX_PER_PAGE = 100;

    private final ResponseCache cache;

    StoryEndpoints(ResponseCache cache) {
        this.cache = cache;
    }

    /** The answer body for one story, or {@link RecordNotFound}. */
    byte[] single(StorySource source, CdnRequest request, String path) {
        var params = request.params();
        var story = find(source, path, params);
        var variant = StoryParams.variant(params, source.space(), story.language);
        var resolution = StoryParams.resolution(params);
        if (variant.isDefault() && resolution.isNone() && !source.draft()) return story.story.single(source.cv());
        if (source.draft()) return StoryWriter.single(story.story, source, variant, resolution);
        var key = new ResponseCache.Key(source.space().id(), source.cv(), request.path() + "?" + params.canonical());
        var cached = cache.get(key);
        if (cached != null) return cached.body();
        var body = StoryWriter.single(story.story, source, variant, resolution);
        cache.put(key, new ResponseCache.Entry(body, -1, -1));
        return body;
    }

    /** The answer for a list, with its total and page size. */
    ResponseCache.Entry list(StorySource source, CdnRequest request) {
        var params = request.params();
        var paging = CdnPaging.of(params, MAX_PER_PAGE);
        ResponseCache.Key key = null;
        if (!source.draft()) {
            key = new ResponseCache.Key(source.space().id(), source.cv(), request.path() + "?" + params.canonical());
            var cached = cache.get(key);
            if (cached != null) return cached;
        }
        var startsWith = StoryParams.startsWith(params);
        String language = null;
        if (startsWith != null) {
            var localised = StoryParams.localise(source.space(), startsWith);
            language = localised.language();
            startsWith = localised.rest().isEmpty() ? null : localised.rest();
        }
        var query = StoryParams.query(params, startsWith);
        var variant = StoryParams.variant(params, source.space(), language);
        var resolution = StoryParams.resolution(params);
        var found = StoryFinder.find(source, query, paging);
        var entry = new ResponseCache.Entry(StoryWriter.list(found.stories(), source, variant, resolution),
                found.total(), paging.perPage());
        if (key != null) cache.put(key, entry);
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
