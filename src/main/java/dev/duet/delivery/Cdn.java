package dev.duet.delivery;

import dev.duet.content.Spaces;
import dev.duet.failure.DuetException;
import dev.duet.failure.InvalidInput;
import dev.duet.failure.NotFound;
import dev.duet.failure.Unauthenticated;
import dev.duet.web.RateLimiter;

/**
 * The delivery API in one place, whichever server carries the request: checks the token and {@code version}, routes
 * the path, picks the published snapshot or the drafts, and turns the answer into status, caching headers and bytes.
 * Failures become the CDN's answers here (422 naming the parameter, 401, and Storyblok's 404 body), not in the
 * management API's error mapping, because the CDN's clients expect its statuses and shapes.
 *
 * <p>{@link #answerFromMemory} is the fast path's variant: it answers only published story requests it can serve
 * from memory (known token, up-to-date snapshot) and returns null for everything else.
 */
final class Cdn {

    private final DeliveryTokens tokens;
    private final Snapshots snapshots;
    private final DeliveryStories stories;
    private final Spaces spaces;
    private final StoryEndpoints storyEndpoints;
    private final SpaceEndpoints spaceEndpoints;
    private final CachePolicy policy;
    private final ResponseCache cache;
    private final RateLimiter limiter;

    Cdn(DeliveryTokens tokens, Snapshots snapshots, DeliveryStories stories, Spaces spaces, StoryEndpoints storyEndpoints,
        SpaceEndpoints spaceEndpoints, CachePolicy policy, ResponseCache cache, RateLimiter limiter) {
        this.tokens = tokens;
        this.snapshots = snapshots;
        this.stories = stories;
        this.spaces = spaces;
        this.storyEndpoints = storyEndpoints;
        this.spaceEndpoints = spaceEndpoints;
        this.policy = policy;
        this.cache = cache;
        this.limiter = limiter;
    }

    CdnResponse answer(CdnRequest request) {
        try {
            var token = request.params().get("token");
            var access = tokens.resolve(token)
                    .orElseThrow(() -> new TokenRejected("Unauthorized: send a valid delivery token as the token parameter"));
            var limit = limiter.check(token);
            if (!limit.allowed()) return CdnResponse.tooManyRequests(limit.retryAfterSeconds());
            boolean draft = draft(request.params(), access);
            StorySource source = draft ? new DraftSource(stories, spaces.get(access.spaceId()), release(request.params()))
                    : snapshots.get(access.spaceId());
            return route(request, source);
        } catch (InvalidInput e) {
            return CdnResponse.error(422, e.getMessage(), e.details());
        } catch (Unauthenticated e) {
            return CdnResponse.error(401, e.getMessage(), e.details());
        } catch (NotFound e) {
            return CdnResponse.notFound();
        }
    }

    /** The answer when memory alone can give it: a published story or story list; null otherwise or on failure. */
    CdnResponse answerFromMemory(CdnRequest request) {
        if (!request.path().equals("stories") && !request.path().startsWith("stories/")) return null;
        var token = request.params().get("token");
        var access = token == null ? null : tokens.cached(token);
        if (access == null) return null;
        var snapshot = snapshots.ready(access.spaceId());
        if (snapshot == null || !limiter.check(token).allowed()) return null;
        try {
            if (draft(request.params(), access)) return null;
            var response = route(request, snapshot);
            return response.successful() ? response : null;
        } catch (DuetException e) {
            return null;
        }
    }

    private static boolean draft(QueryParams params, Access access) {
        var version = params.get("version");
        if (version == null || version.equals("published")) return false;
        if (!version.equals("draft")) throw new BadParameter("version", "must be published or draft, got '" + version + "'");
        if (!access.preview()) throw new TokenRejected("Unauthorized: drafts need a preview token");
        return true;
    }

    /**
     * The release a draft request previews ({@code from_release}); null for none or one that is not a number. As
     * Storyblok does, a release the space does not have is ignored rather than refused: the drafts are served.
     */
    private static Long release(QueryParams params) {
        var raw = params.get("from_release");
        if (raw == null || raw.isBlank() || raw.length() > 18 || !raw.chars().allMatch(Character::isDigit)) return null;
        return Long.parseLong(raw);
    }

    private CdnResponse route(CdnRequest request, StorySource source) {
        var path = request.path();
        var params = request.params();
        if (!source.draft() && policy.redirects(params.get("cv"), source.cv())) {
            return CdnResponse.redirect(request.withCv(source.cv()));
        }
        if (path.equals("stories") || path.startsWith("stories/")) {
            var view = ExperimentView.of(params, request.visitorHeader());
            var entry = path.equals("stories") ? storyEndpoints.list(source, request, view)
                    : storyEndpoints.single(source, request, path.substring(8), view);
            return stories(request, source, entry, view);
        }
        if (path.equals("links")) return paged(request, source, remembered(request, source, () -> spaceEndpoints.links(source, params)));
        if (path.startsWith("links/")) return single(request, source, spaceEndpoints.link(source, path.substring(6), params));
        if (path.equals("tags")) {
            return single(request, source, remembered(request, source,
                    () -> new ResponseCache.Entry(spaceEndpoints.tags(source, params), -1, -1)).body());
        }
        if (path.equals("datasources")) return paged(request, source, spaceEndpoints.datasources(source, params));
        if (path.equals("datasource_entries")) return paged(request, source, spaceEndpoints.entries(source, params));
        if (path.equals("spaces/me")) return single(request, source, spaceEndpoints.space(source));
        throw new RecordNotFound("endpoint", path);
    }

    /**
     * A published answer computed from the snapshot alone, kept in the cache under the snapshot's cv. (Datasource
     * answers are not: they are read from the database, and not every datasource change reaches the snapshot's cv.)
     */
    private ResponseCache.Entry remembered(CdnRequest request, StorySource source,
                                           java.util.function.Supplier<ResponseCache.Entry> answer) {
        if (source.draft()) return answer.get();
        var key = new ResponseCache.Key(source.space().id(), source.cv(), request.path() + "?" + request.params().canonical());
        var cached = cache.get(key);
        if (cached != null) return cached;
        var entry = answer.get();
        cache.put(key, entry);
        return entry;
    }

    /**
     * A story answer: as any other when it holds no experiment block. With one, its ETag names the variant
     * combination; it is private when the visitor id chose a variant (a shared cache must not hand one visitor's
     * variant to everyone), and it varies by {@code X-Duet-Visitor} whenever a running experiment could be resolved.
     */
    private CdnResponse stories(CdnRequest request, StorySource source, ResponseCache.Entry entry, ExperimentView view) {
        var experiments = entry.experiments();
        if (experiments.isEmpty()) return entry.total() >= 0 ? paged(request, source, entry) : single(request, source, entry.body());
        var combination = view.combination(experiments);
        String etag;
        String cacheControl;
        if (source.draft()) {
            etag = CachePolicy.contentEtag(entry.body());
            cacheControl = CdnResponse.NO_STORE;
        } else {
            etag = CachePolicy.etag(source.cv(), request.path(), request.params().canonical() + "#" + combination);
            cacheControl = view.personal(experiments) ? policy.personal(request.params().get("cv"), source.cv())
                    : policy.published(request.params().get("cv"), source.cv());
        }
        var response = CdnResponse.ok(entry.body(), cacheControl, etag);
        if (entry.total() >= 0) response = response.paged(entry.total(), entry.perPage());
        if (ExperimentView.anyRunning(experiments)) response = response.varying(ExperimentView.HEADER);
        return CachePolicy.matches(request.ifNoneMatch(), etag) ? response.notModified() : response;
    }

    private CdnResponse paged(CdnRequest request, StorySource source, ResponseCache.Entry entry) {
        return single(request, source, entry.body()).paged(entry.total(), entry.perPage());
    }

    private CdnResponse single(CdnRequest request, StorySource source, byte[] body) {
        String etag;
        String cacheControl;
        if (source.draft()) {
            etag = CachePolicy.contentEtag(body);
            cacheControl = CdnResponse.NO_STORE;
        } else {
            etag = CachePolicy.etag(source.cv(), request.path(), request.params().canonical());
            cacheControl = policy.published(request.params().get("cv"), source.cv());
        }
        var response = CdnResponse.ok(body, cacheControl, etag);
        return CachePolicy.matches(request.ifNoneMatch(), etag) ? response.notModified() : response;
    }
}
