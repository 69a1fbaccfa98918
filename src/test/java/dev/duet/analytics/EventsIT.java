package dev.duet.analytics;

import dev.duet.analytics.ExperimentData.Aggregation;
import dev.duet.analytics.ExperimentData.VariationTotals;
import dev.duet.testing.Client;
import dev.duet.testing.MarketingSite;
import dev.duet.testing.Response;
import dev.duet.testing.TestApp;
import dev.duet.testing.TestDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/** POST /v2/events over real HTTP: tokens, per-event rules, beacons, CORS, limits, and what ends up stored. */
@ParameterizedClass
@EnumSource(TestDatabase.class)
class EventsIT {

    static final String IPHONE = "Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 "
            + "(KHTML, like Gecko) Version/17.4 Mobile/15E148 Safari/604.1";

    @Parameter
    TestDatabase database;

    TestApp app;
    Client admin;
    long spaceId;
    long storyId;
    String token;

    @BeforeEach
    void start() {
        app = new TestApp(database);
        admin = app.admin();
        spaceId = MarketingSite.create(admin);
        storyId = createStory(spaceId, "home");
        token = publicToken(spaceId);
    }

    @AfterEach
    void stop() {
        app.close();
    }

    long createStory(long space, String slug) {
        var created = admin.post("/api/spaces/" + space + "/stories", Map.of("story", Map.of("name", slug, "slug", slug,
                "content", MarketingSite.page("Welcome"))));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return created.json().at("/story/id").asLong();
    }

    String publicToken(long space) {
        for (var entry : admin.get("/api/spaces/" + space + "/delivery_tokens").json().get("tokens")) {
            if (entry.get("access").asText().equals("public")) return entry.get("token").asText();
        }
        throw new IllegalStateException("space " + space + " has no public token");
    }

    Client site() {
        return app.anonymous().header("User-Agent", IPHONE).header("Origin", "https://www.example.com");
    }

    Response send(Object body) {
        return site().post("/v2/events?token=" + token, body);
    }

    List<String> stored() {
        return StoredEvents.of(app.wiring.database, spaceId);
    }

    @Test
    void acknowledged_events_are_stored_with_their_dimensions_and_count_in_experiments() {
        var answer = send(Map.of("events", List.of(
                Map.of("type", "exposure", "visitor", "ann", "experiment", "hero", "variation", 1, "story_id", storyId),
                Map.of("type", "view", "visitor", "ann", "story_id", storyId, "referrer", "https://www.google.com/"),
                Map.of("type", "click", "visitor", "ann", "block", "cta-1", "utm_medium", "email", "device", "desktop"),
                Map.of("type", "conversion", "visitor", "ann", "name", "signup", "value", 19.5, "segment", "developer",
                        "locale", "de", "channel", "paid"))));

        assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
        assertThat(answer.json().toString()).isEqualTo("{\"accepted\":4,\"rejected\":[]}");
        assertThat(stored()).containsExactly(
                "exposure ann " + storyId + " null hero 1 null null null direct null mobile",
                "view ann " + storyId + " null null null null null null search null mobile",
                "click ann null cta-1 null null null null null email null desktop",
                "conversion ann null null null null signup 19.5 developer paid de mobile");
        assertThat(app.wiring.experimentData.totals(spaceId, "hero", Set.of("conversion:signup"), Aggregation.SUM))
                .containsExactly(new VariationTotals(1, 1, 19.5, 19.5 * 19.5));
    }

    @Test
    void bad_events_are_refused_by_index_with_every_reason_and_the_good_ones_of_the_batch_are_stored() {
        var events = new ArrayList<Object>();
        events.add(Map.of("type", "view", "visitor", "good-0"));
        events.add(Map.of("type", "exposure", "visitor", "v", "experiment", "hero"));
        events.add(Map.of("type", "teleport", "visitor", "v"));
        events.add(Map.of("type", "view"));
        events.add(Map.of("type", "click", "visitor", "v"));
        events.add(Map.of("type", "conversion", "visitor", "v", "name", "Sign up", "value", "lots"));
        events.add(Map.of("type", "view", "visitor", "v", "at", Instant.now().plusSeconds(3600).toString()));
        events.add(Map.of("type", "view", "visitor", "v", "story_id", 999_999));
        events.add("not an object");
        events.add(Map.of("type", "custom", "visitor", "good-9", "name", "scroll:50", "value", 0.5));

        var answer = send(Map.of("events", events));

        assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
        assertThat(answer.json().get("accepted").asInt()).isEqualTo(2);
        var rejected = answer.json().get("rejected");
        assertThat(rejected).hasSize(8);
        assertThat(rejected.findValuesAsText("index")).containsExactly("1", "2", "3", "4", "5", "6", "7", "8");
        assertThat(rejected.get(0).get("errors").toString()).isEqualTo("[\"variation: required for an exposure\"]");
        assertThat(rejected.get(1).get("errors").get(0).asText()).startsWith("type: must be one of");
        assertThat(rejected.get(2).get("errors").toString()).isEqualTo("[\"visitor: required\"]");
        assertThat(rejected.get(3).get("errors").get(0).asText()).startsWith("block: required for a click");
        assertThat(rejected.get(4).get("errors")).hasSize(2);
        assertThat(rejected.get(5).get("errors").toString()).isEqualTo("[\"at: more than 5 minutes in the future\"]");
        assertThat(rejected.get(6).get("errors").toString()).isEqualTo("[\"story_id: no story 999999 in this space\"]");
        assertThat(rejected.get(7).get("errors").toString()).isEqualTo("[\"event: must be a JSON object\"]");
        assertThat(StoredEvents.visitors(app.wiring.database, spaceId)).containsExactly("good-0", "good-9");
    }

    @Test
    void a_beacon_sent_as_plain_text_and_a_bare_array_are_stored() {
        var beacon = site().send("POST", "/v2/events?token=" + token,
                "{\"events\": [{\"type\": \"view\", \"visitor\": \"beacon\"}]}", "text/plain;charset=UTF-8");
        var array = site().send("POST", "/v2/events?token=" + token,
                "[{\"type\": \"view\", \"visitor\": \"array\"}]", "text/plain");

        assertThat(beacon.status()).as(beacon.toString()).isEqualTo(200);
        assertThat(array.status()).as(array.toString()).isEqualTo(200);
        assertThat(StoredEvents.visitors(app.wiring.database, spaceId)).containsExactly("beacon", "array");
    }

    @Test
    void any_origin_may_post_json_after_a_preflight_and_read_retry_after() {
        var preflight = site().header("Access-Control-Request-Method", "POST")
                .header("Access-Control-Request-Headers", "content-type").send("OPTIONS", "/v2/events", null);
        var answer = send(List.of(Map.of("type", "view", "visitor", "v")));

        assertThat(preflight.status()).isEqualTo(204);
        assertThat(preflight.header("Access-Control-Allow-Origin")).isEqualTo("*");
        assertThat(preflight.header("Access-Control-Allow-Methods")).isEqualTo("POST, OPTIONS");
        assertThat(preflight.header("Access-Control-Allow-Headers")).isEqualTo("content-type");
        assertThat(preflight.header("Access-Control-Max-Age")).isEqualTo("86400");
        assertThat(answer.header("Access-Control-Allow-Origin")).isEqualTo("*");
        assertThat(answer.header("Access-Control-Expose-Headers")).isEqualTo("Retry-After");
    }

    @Test
    void a_missing_or_unknown_token_is_answered_401_as_the_cdn_does_and_nothing_is_stored() {
        var view = List.of(Map.of("type", "view", "visitor", "v"));
        var unknown = site().post("/v2/events?token=nope", view);
        var missing = site().post("/v2/events", view);
        var cdn = site().get("/v2/cdn/stories?token=nope");

        assertThat(unknown.status()).isEqualTo(401);
        assertThat(missing.status()).isEqualTo(401);
        assertThat(unknown.json()).isEqualTo(cdn.json());
        assertThat(unknown.header("Access-Control-Allow-Origin")).isEqualTo("*");
        assertThat(StoredEvents.rows(app.wiring.database)).isEmpty();
    }

    @Test
    void a_token_stores_in_its_own_space_and_stories_of_other_spaces_are_refused() {
        var otherSpace = admin.post("/api/spaces", Map.of("name", "Other site")).json().at("/space/id").asLong();
        MarketingSite.defineComponents(admin, otherSpace);
        var otherToken = publicToken(otherSpace);
        var otherStory = createStory(otherSpace, "other-home");

        var answer = site().post("/v2/events?token=" + otherToken, List.of(
                Map.of("type", "view", "visitor", "in-other", "story_id", otherStory),
                Map.of("type", "view", "visitor", "wrong-story", "story_id", storyId)));

        assertThat(answer.json().get("accepted").asInt()).isEqualTo(1);
        assertThat(answer.json().at("/rejected/0/errors/0").asText()).isEqualTo("story_id: no story " + storyId + " in this space");
        assertThat(StoredEvents.visitors(app.wiring.database, otherSpace)).containsExactly("in-other");
        assertThat(StoredEvents.visitors(app.wiring.database, spaceId)).isEmpty();
    }

    @Test
    void a_preview_token_is_accepted_too() {
        String preview = null;
        for (var entry : admin.get("/api/spaces/" + spaceId + "/delivery_tokens").json().get("tokens")) {
            if (entry.get("access").asText().equals("preview")) preview = entry.get("token").asText();
        }

        var answer = site().post("/v2/events?token=" + preview, List.of(Map.of("type", "view", "visitor", "editor")));

        assertThat(answer.status()).isEqualTo(200);
        assertThat(StoredEvents.visitors(app.wiring.database, spaceId)).containsExactly("editor");
    }

    @Test
    void bodies_over_the_limits_malformed_or_of_another_type_are_refused_whole() {
        var tooMany = IntStream.range(0, 1001).mapToObj(i -> Map.of("type", "view", "visitor", "v" + i)).toList();
        var one = "{\"type\": \"view\", \"visitor\": \"v\", \"segment\": \"" + "s".repeat(90) + "\"}";
        var big = "[" + String.join(",", java.util.Collections.nCopies(900, one + " ".repeat(1100))) + "]";

        var countRefused = send(tooMany);
        var sizeRefused = site().send("POST", "/v2/events?token=" + token, big, "text/plain");
        var malformed = site().send("POST", "/v2/events?token=" + token, "{\"events\": [", "application/json");
        var noEvents = send(Map.of("event", List.of()));
        var empty = site().send("POST", "/v2/events?token=" + token, "", "application/json");
        var form = site().send("POST", "/v2/events?token=" + token, "type=view", "application/x-www-form-urlencoded");

        assertThat(countRefused.status()).isEqualTo(413);
        assertThat(countRefused.json().get("error").asText()).isEqualTo("at most 1000 events per request (got 1001); send several requests");
        assertThat(big.length()).isGreaterThan(EventBodies.MAX_BYTES);
        assertThat(sizeRefused.status()).isEqualTo(413);
        assertThat(malformed.status()).isEqualTo(400);
        assertThat(malformed.json().get("error").asText()).startsWith("malformed JSON");
        assertThat(noEvents.status()).isEqualTo(400);
        assertThat(noEvents.json().get("error").asText()).isEqualTo("events: required: an array of events");
        assertThat(empty.status()).isEqualTo(400);
        assertThat(form.status()).isEqualTo(415);
        assertThat(StoredEvents.rows(app.wiring.database)).isEmpty();
    }

    @Test
    void a_request_whose_events_are_all_bad_is_answered_200_with_nothing_accepted() {
        var answer = send(List.of(Map.of("type", "view")));

        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.json().get("accepted").asInt()).isZero();
        assertThat(StoredEvents.rows(app.wiring.database)).isEmpty();
    }

    @Test
    void neither_the_ip_address_nor_the_user_agent_nor_the_referrer_is_stored() {
        send(List.of(Map.of("type", "view", "visitor", "v", "referrer", "https://news.example.org/story?id=7",
                "utm_campaign", "winter-sale")));

        var rows = StoredEvents.rows(app.wiring.database);
        assertThat(rows).hasSize(1);
        var everything = rows.toString();
        assertThat(everything).doesNotContain("127.0.0.1", "iPhone", "Safari", "news.example.org", "winter-sale");
        assertThat(rows.getFirst().keySet()).doesNotContain("ip", "user_agent", "referrer");
    }

    @Test
    void events_of_many_concurrent_requests_are_all_stored_once() throws Exception {
        int requests = 40;
        try (var pool = java.util.concurrent.Executors.newFixedThreadPool(8)) {
            var answers = IntStream.range(0, requests).mapToObj(r -> pool.submit(() -> send(IntStream.range(0, 50)
                    .mapToObj(i -> Map.of("type", "view", "visitor", "r" + r + "-" + i)).toList()))).toList();
            for (var answer : answers) assertThat(answer.get().status()).isEqualTo(200);
        }

        var visitors = StoredEvents.visitors(app.wiring.database, spaceId);
        assertThat(visitors).hasSize(requests * 50).doesNotHaveDuplicates();
    }
}
