package dev.duet.delivery;

import dev.duet.content.Spaces;
import dev.duet.datasources.DatasourceDelivery;
import dev.duet.datasources.Datasources;
import dev.duet.storage.Database;
import dev.duet.web.RateLimiter;
import org.eclipse.jetty.server.Handler;

import java.time.Clock;
import java.time.Duration;

/**
 * The delivery feature assembled: the snapshots, the token map, the CDN answers and the two ways they reach the
 * network (the Jetty fast path for published stories, {@link DeliveryRoutes} for the rest).
 */
public final class Delivery {

    /**
     * Tunables. {@code browserMaxAge}: how long browsers keep a published answer that names the current cv;
     * {@code redirectWithoutCv}: send published requests without the current cv to the URL with it (else answer them);
     * {@code tokenMaxAge}: how long the token map is trusted, i.e. how long a deleted token may keep working;
     * {@code cacheEntries} / {@code cacheBytes}: the bounds of the cache of rendered lists.
     */
    public record Settings(Duration browserMaxAge, boolean redirectWithoutCv, Duration tokenMaxAge, int cacheEntries,
                           long cacheBytes, int requestsPerSecondPerToken) {
        public static final Settings DEFAULT = new Settings(Duration.ofHours(1), false, Duration.ofSeconds(30), 2000,
                64L * 1024 * 1024, 1000);

        public Settings withRateLimit(int requestsPerSecond) {
            return new Settings(browserMaxAge, redirectWithoutCv, tokenMaxAge, cacheEntries, cacheBytes, requestsPerSecond);
        }
    }

    private final Snapshots snapshots;
    private final Cdn cdn;
    private final FastPath fastPath;
    private final PreviewTokens previewTokens;
    private final DeliveryTokens tokens;
    private final ResponseCache cache;

    public Delivery(Database db, Spaces spaces, Datasources datasources, DatasourceDelivery datasourceDelivery) {
        this(db, spaces, datasources, datasourceDelivery, Settings.DEFAULT);
    }

    public Delivery(Database db, Spaces spaces, Datasources datasources, DatasourceDelivery datasourceDelivery,
                    Settings settings) {
        this(db, spaces, datasources, datasourceDelivery, settings, Clock.systemUTC());
    }

    /** {@code clock} decides when signed preview tokens expire. */
    public Delivery(Database db, Spaces spaces, Datasources datasources, DatasourceDelivery datasourceDelivery,
                    Settings settings, Clock clock) {
        var stories = new DeliveryStories(db);
        this.snapshots = new Snapshots(stories, spaces);
        this.cache = new ResponseCache(settings.cacheEntries(), settings.cacheBytes());
        this.previewTokens = new PreviewTokens(spaces, clock);
        this.tokens = new DeliveryTokens(db, settings.tokenMaxAge(), clock);
        this.cdn = new Cdn(tokens, snapshots, stories, spaces,
                new StoryEndpoints(cache), new SpaceEndpoints(datasources, datasourceDelivery),
                new CachePolicy(settings.browserMaxAge().toSeconds(), settings.redirectWithoutCv()), cache,
                new RateLimiter(settings.requestsPerSecondPerToken(), 2.0 * settings.requestsPerSecondPerToken()));
        this.fastPath = new FastPath(cdn);
    }

    /** Subscribe to content and datasource events; {@code invalidate} / {@code reload} a space told of from elsewhere. */
    public Snapshots snapshots() {
        return snapshots;
    }

    /** The Jetty handler to put in front of Javalin: answers published story reads from memory, passes the rest on. */
    public Handler.Wrapper fastPath() {
        return fastPath;
    }

    /** Signed, expiring preview tokens for the visual editor's preview of a site. */
    public PreviewTokens previewTokens() {
        return previewTokens;
    }

    /**
     * The space a delivery token (public, preview or signed preview) opens, resolved as the CDN resolves it, for
     * other features a site calls with its token (events); empty when the token is unknown.
     */
    public java.util.OptionalLong spaceOfToken(String token) {
        return tokens.resolve(token).map(access -> java.util.OptionalLong.of(access.spaceId()))
                .orElse(java.util.OptionalLong.empty());
    }

    /** How many requests the fast path answered from memory, for tests and metrics. */
    public long fastAnswers() {
        return fastPath.answered();
    }

    /** How many rendered answers the response cache holds, for tests. */
    int cachedAnswers() {
        return cache.size();
    }

    Cdn cdn() {
        return cdn;
    }
}
