package dev.duet.delivery;

import dev.duet.testing.TestApp;
import dev.duet.testing.TestDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The cache version, Cache-Control, ETags and 304s, and CORS: what CDNs, browsers and clients rely on. */
@ParameterizedClass
@EnumSource(TestDatabase.class)
class DeliveryCachingIT {

    static final String LONG_LIVED = "public, max-age=3600, s-maxage=31536000";

    @Parameter
    TestDatabase database;

    TestApp app;
    AcmeSite site;
    CdnCalls cdn;
    long cv;

    @BeforeEach
    void start() {
        app = new TestApp(database);
        site = AcmeSite.create(app);
        cdn = new CdnCalls(app, site);
        cv = app.wiring.spaces.get(site.spaceId).cv();
    }

    @AfterEach
    void stop() {
        app.close();
    }

    @Test
    void a_request_naming_the_current_cv_may_be_cached_for_long_and_others_are_answered_with_the_current_cv() {
        var current = cdn.both("stories/home?cv=" + cv);
        var without = cdn.both("stories/home");
        var stale = cdn.both("stories/home?cv=" + (cv - 1));
        var garbage = cdn.both("stories?cv=undefined");

        assertThat(current.header("cache-control")).isEqualTo(LONG_LIVED);
        for (var response : List.of(without, stale, garbage)) {
            assertThat(response.status()).isEqualTo(200);
            assertThat(response.header("cache-control")).isEqualTo("public, no-cache");
            assertThat(response.json().get("cv").asLong()).isEqualTo(cv);
        }
        assertThat(cdn.both("stories?starts_with=blog/&cv=" + cv).header("cache-control")).isEqualTo(LONG_LIVED);
        assertThat(cdn.get("links?cv=" + cv).header("cache-control")).isEqualTo(LONG_LIVED);
    }

    @Test
    void a_matching_if_none_match_is_answered_304_without_a_body_on_both_paths() {
        var first = cdn.both("stories/home?cv=" + cv);
        var etag = first.header("etag");

        var again = cdn.both(Map.of("If-None-Match", etag), "stories/home?cv=" + cv);
        var list = cdn.both("stories?starts_with=blog/");
        var listAgain = cdn.both(Map.of("If-None-Match", "W/\"x\", " + list.header("etag")), "stories?starts_with=blog/");

        assertThat(etag).matches("\"[0-9a-f]+-[0-9a-f]+\"");
        assertThat(again.status()).isEqualTo(304);
        assertThat(again.text()).isEmpty();
        assertThat(again.header("etag")).isEqualTo(etag);
        assertThat(listAgain.status()).isEqualTo(304);
        assertThat(cdn.both(Map.of("If-None-Match", "\"other\""), "stories/home?cv=" + cv).status()).isEqualTo(200);
        assertThat(cdn.both("stories/about?cv=" + cv).header("etag")).isNotEqualTo(etag);
    }

    @Test
    void publishing_bumps_the_cv_so_old_etags_no_longer_match() {
        var before = cdn.both("stories/home");
        site.publish(site.ids.get("about"));

        var after = cdn.both(Map.of("If-None-Match", before.header("etag")), "stories/home");

        assertThat(after.status()).isEqualTo(200);
        assertThat(after.json().get("cv").asLong()).isGreaterThan(cv);
        assertThat(after.header("etag")).isNotEqualTo(before.header("etag"));
    }

    @Test
    void drafts_are_never_stored_and_their_etag_follows_the_draft() {
        var draft = cdn.preview("stories/home?version=draft&cv=" + cv);
        var etag = draft.header("etag");

        assertThat(draft.header("cache-control")).isEqualTo("no-store");
        var unchanged = app.anonymous().header("If-None-Match", etag).get(CdnCalls.url("stories/home?version=draft", site.previewToken));
        assertThat(unchanged.status()).isEqualTo(304);
        site.save(site.ids.get("home"), Map.of("name", "Home (new draft)"));
        var changed = app.anonymous().header("If-None-Match", etag).get(CdnCalls.url("stories/home?version=draft", site.previewToken));
        assertThat(changed.status()).isEqualTo(200);
        assertThat(changed.json().at("/story/name").asText()).isEqualTo("Home (new draft)");
    }

    @Test
    void every_answer_allows_any_origin_and_exposes_the_paging_headers() {
        for (var response : List.of(cdn.both("stories/home"), cdn.both("stories"), cdn.get("stories/missing"),
                cdn.withToken("stories", "wrong"), cdn.get("stories?page=x"), cdn.get("links"), cdn.get("spaces/me"),
                cdn.preview("stories?version=draft"))) {
            assertThat(response.header("access-control-allow-origin")).as(response.toString()).isEqualTo("*");
            assertThat(response.header("access-control-expose-headers")).isEqualTo("total, per-page");
            assertThat(response.header("content-type")).startsWith("application/json");
        }
    }

    @Test
    void a_preflight_request_is_allowed() {
        var preflight = app.anonymous().header("Origin", "https://www.example.com")
                .header("Access-Control-Request-Method", "GET").header("Access-Control-Request-Headers", "content-type")
                .send("OPTIONS", "/v2/cdn/stories/home?token=" + site.publicToken, null);

        assertThat(preflight.status()).isEqualTo(204);
        assertThat(preflight.header("access-control-allow-origin")).isEqualTo("*");
        assertThat(preflight.header("access-control-allow-methods")).contains("GET");
        assertThat(preflight.header("access-control-allow-headers")).isEqualTo("content-type");
    }

    @Test
    void when_configured_a_published_request_without_the_current_cv_is_redirected_to_it() {
        var delivery = new Delivery(app.wiring.database, app.wiring.spaces, app.wiring.datasources, app.wiring.datasourceDelivery,
                new Delivery.Settings(Duration.ofMinutes(5), true, Duration.ofSeconds(30), 10, 1 << 20, 1000));

        var redirected = delivery.cdn().answer(CdnRequest.of("/v2/cdn/stories/home", "token=" + site.publicToken + "&cv=1", null));
        var current = delivery.cdn().answer(CdnRequest.of("/v2/cdn/stories/home", "cv=" + cv + "&token=" + site.publicToken, null));
        var draft = delivery.cdn().answer(CdnRequest.of("/v2/cdn/stories/home", "version=draft&token=" + site.previewToken, null));

        assertThat(redirected.status()).isEqualTo(302);
        assertThat(redirected.location()).isEqualTo("/v2/cdn/stories/home?token=" + site.publicToken + "&cv=" + cv);
        assertThat(current.status()).isEqualTo(200);
        assertThat(current.cacheControl()).isEqualTo("public, max-age=300, s-maxage=31536000");
        assertThat(draft.status()).isEqualTo(200);
    }
}
