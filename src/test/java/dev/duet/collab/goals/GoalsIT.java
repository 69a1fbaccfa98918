package dev.duet.collab.goals;

import com.fasterxml.jackson.databind.JsonNode;
import dev.duet.access.Role;
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

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Goals over real HTTP: objectives, key results and their drivers, check-ins, scores, wins and who may do what. */
@ParameterizedClass
@EnumSource(TestDatabase.class)
class GoalsIT {

    static final String OBJECTIVES = "/api/goals/objectives";

    @Parameter
    TestDatabase database;

    TestApp app;
    Client admin;

    @BeforeEach
    void start() {
        app = new TestApp(database);
        admin = app.admin();
    }

    @AfterEach
    void stop() {
        app.close();
    }

    static JsonNode ok(Response response, int status) {
        assertThat(response.status()).as(response.toString()).isEqualTo(status);
        return response.json();
    }

    long objective(String title, Object parentId) {
        var body = new HashMap<String, Object>(Map.of("title", title, "period", "2026-Q4"));
        if (parentId != null) body.put("parent_id", parentId);
        return ok(admin.post(OBJECTIVES, body), 201).at("/objective/id").asLong();
    }

    static Map<String, Object> manual(String title, double start, double target) {
        return Map.of("title", title, "owner_team", "marketing", "type", "number", "start_value", start,
                "target_value", target, "direction", "increase_to");
    }

    JsonNode addKeyResult(long objectiveId, Map<String, Object> body) {
        return ok(admin.post(OBJECTIVES + "/" + objectiveId + "/key_results", body), 201).get("key_result");
    }

    long wins(String source) {
        return app.wiring.database.read(handle -> handle.createQuery("SELECT COUNT(*) FROM wins WHERE source = :source")
                .bind("source", source).mapTo(Long.class).one());
    }

    long count(String table) {
        return app.wiring.database.read(handle -> handle.createQuery("SELECT COUNT(*) FROM " + table).mapTo(Long.class).one());
    }

    @Test
    void objectives_are_created_listed_by_quarter_changed_and_deleted_with_their_key_results() {
        var created = ok(admin.post(OBJECTIVES, Map.of("title", "Make the website our best salesperson",
                "description", "Marketing and IT together", "period", "2026-Q4", "owner_user_id", 1)), 201).get("objective");
        long id = created.get("id").asLong();
        assertThat(created.at("/period/start").asText()).isEqualTo("2026-10-01");
        assertThat(created.at("/period/end").asText()).isEqualTo("2026-12-31");
        assertThat(created.get("status").asText()).isEqualTo("active");
        assertThat(created.get("progress").isNull()).as("no key results yet").isTrue();
        ok(admin.post(OBJECTIVES, Map.of("title", "Spring", "start_date", "2027-03-01", "end_date", "2027-05-31")), 201);

        assertThat(ok(admin.get(OBJECTIVES + "?period=2026-Q4"), 200).get("objectives").findValuesAsText("title"))
                .containsExactly("Make the website our best salesperson");
        assertThat(ok(admin.get(OBJECTIVES), 200).get("objectives")).hasSize(2);

        addKeyResult(id, manual("Newsletter sign-ups", 0, 100));
        var changed = ok(admin.put(OBJECTIVES + "/" + id, Map.of("title", "Website sells", "period", "2027-Q1",
                "status", "achieved")), 200).get("objective");
        assertThat(changed.get("title").asText()).isEqualTo("Website sells");
        assertThat(changed.at("/period/label").asText()).isEqualTo("2027-Q1");
        assertThat(changed.get("key_results")).hasSize(1);

        assertThat(admin.delete(OBJECTIVES + "/" + id).status()).isEqualTo(204);
        assertThat(admin.get(OBJECTIVES + "/" + id).status()).isEqualTo(404);
        assertThat(count("key_results")).isZero();
    }

    @Test
    void bad_input_is_refused_naming_every_field_and_nothing_is_stored() {
        var objective = admin.post(OBJECTIVES, Map.of("title", " ", "period", "2026-Q5", "status", "done", "owner_user_id", 999));
        assertThat(objective.status()).isEqualTo(400);
        assertThat(objective.json().get("details").findValuesAsText("path")).containsExactly("title", "period", "status");
        var dates = admin.post(OBJECTIVES, Map.of("title", "x", "start_date", "2026-12-01", "end_date", "2026-11-01"));
        assertThat(dates.json().get("details").findValuesAsText("path")).containsExactly("end_date");
        var owner = admin.post(OBJECTIVES, Map.of("title", "x", "period", "2026-Q4", "owner_user_id", 999));
        assertThat(owner.json().get("details").findValuesAsText("path")).containsExactly("owner_user_id");
        assertThat(admin.send("POST", OBJECTIVES, "{\"title\": [1]}", "application/json").status()).isEqualTo(400);
        assertThat(count("objectives")).isZero();

        long id = objective("Grow", null);
        var keyResult = admin.post(OBJECTIVES + "/" + id + "/key_results", Map.of("title", "Revenue", "owner_team", "sales",
                "type", "currency", "currency", "EURO", "start_value", 10, "target_value", 5, "weight", 0,
                "driver", Map.of("kind", "insights", "metric", "likes")));
        assertThat(keyResult.status()).isEqualTo(400);
        assertThat(keyResult.json().get("details").findValuesAsText("path")).containsExactlyInAnyOrder("owner_team",
                "currency", "target_value", "weight", "driver.space_id", "driver.metric");
        var links = admin.post(OBJECTIVES + "/" + id + "/key_results", Map.of("title", "Views", "owner_team", "it",
                "type", "number", "target_value", 5, "driver", Map.of("kind", "insights", "space_id", 999, "metric", "views")));
        assertThat(links.json().get("details").findValuesAsText("path")).containsExactly("driver.space_id");
        var operational = admin.post(OBJECTIVES + "/" + id + "/key_results", Map.of("title", "Fast", "owner_team", "it",
                "type", "number", "target_value", 5, "driver", Map.of("kind", "operational", "metric", "p42")));
        assertThat(operational.json().get("details").findValuesAsText("path")).containsExactly("driver.metric");
        assertThat(count("key_results")).isZero();

        assertThat(admin.get(OBJECTIVES + "/999").status()).isEqualTo(404);
        assertThat(admin.get(OBJECTIVES + "/abc").status()).isEqualTo(400);
        assertThat(admin.post(OBJECTIVES + "/999/key_results", manual("x", 0, 1)).status()).isEqualTo(404);
        assertThat(admin.post("/api/goals/key_results/999/check_ins", Map.of("value", 1)).status()).isEqualTo(404);
    }

    @Test
    void an_objective_cannot_be_nested_under_itself_or_its_descendants() {
        long top = objective("Company", null);
        long middle = objective("Website", top);
        long leaf = objective("Pricing page", middle);

        var self = admin.put(OBJECTIVES + "/" + top, Map.of("title", "Company", "period", "2026-Q4", "parent_id", top));
        var cycle = admin.put(OBJECTIVES + "/" + top, Map.of("title", "Company", "period", "2026-Q4", "parent_id", leaf));
        var unknown = admin.put(OBJECTIVES + "/" + top, Map.of("title", "Company", "period", "2026-Q4", "parent_id", 999));

        for (var refused : List.of(self, cycle, unknown)) {
            assertThat(refused.status()).as(refused.toString()).isEqualTo(400);
            assertThat(refused.json().get("details").findValuesAsText("path")).containsExactly("parent_id");
        }
        assertThat(ok(admin.get(OBJECTIVES + "/" + top), 200).at("/objective/parent_id").isNull()).isTrue();
        assertThat(admin.delete(OBJECTIVES + "/" + middle).status()).isEqualTo(204);
        assertThat(ok(admin.get(OBJECTIVES + "/" + leaf), 200).at("/objective/parent_id").isNull()).isTrue();
    }

    @Test
    void everyone_reads_goals_and_only_goal_writers_change_them() {
        long id = objective("Grow", null);
        long keyResult = addKeyResult(id, manual("Sign-ups", 0, 100)).get("id").asLong();

        for (var role : List.of(Role.VIEWER, Role.APPROVER)) {
            var reader = app.as(role);
            assertThat(reader.get(OBJECTIVES).status()).isEqualTo(200);
            assertThat(reader.get("/api/goals/key_results/" + keyResult + "/check_ins").status()).isEqualTo(200);
            assertThat(reader.post(OBJECTIVES, Map.of("title", "Mine", "period", "2026-Q4")).status()).isEqualTo(403);
            assertThat(reader.post("/api/goals/key_results/" + keyResult + "/check_ins", Map.of("value", 5)).status()).isEqualTo(403);
            assertThat(reader.delete(OBJECTIVES + "/" + id).status()).isEqualTo(403);
        }
        assertThat(app.anonymous().get(OBJECTIVES).status()).isEqualTo(401);
        assertThat(count("objectives")).isEqualTo(1);
        assertThat(count("key_result_check_ins")).isZero();

        // goals are shared: an IT developer checks in on marketing's key result, and an editor adds one for IT
        var developer = app.as(Role.DEVELOPER);
        ok(developer.post("/api/goals/key_results/" + keyResult + "/check_ins", Map.of("value", 20)), 201);
        var editor = app.as(Role.EDITOR);
        addKeyResult(id, manual("Deploys", 0, 10));
        assertThat(editor.post(OBJECTIVES + "/" + id + "/key_results", Map.of("title", "Uptime", "owner_team", "it",
                "type", "percent", "target_value", 99.9, "direction", "stay_above",
                "driver", Map.of("kind", "operational", "metric", "availability_percent"))).status()).isEqualTo(201);
    }

    @Test
    void check_ins_score_the_key_result_keep_history_and_reaching_the_target_records_one_win() {
        long id = objective("Grow", null);
        var created = addKeyResult(id, Map.of("title", "Newsletter sign-ups", "owner_team", "marketing", "type", "number",
                "start_value", 100, "target_value", 300, "weight", 3));
        long keyResult = created.get("id").asLong();
        addKeyResult(id, manual("Case studies", 0, 4));
        assertThat(created.get("current_value").isNull()).isTrue();
        assertThat(created.get("stale").asBoolean()).as("just created, within its week").isFalse();

        var half = ok(admin.post("/api/goals/key_results/" + keyResult + "/check_ins",
                Map.of("value", 200, "confidence", "high", "comment", "Webinar helped")), 201).get("key_result");
        assertThat(half.get("current_value").asDouble()).isEqualTo(200);
        assertThat(half.get("score").asDouble()).isEqualTo(0.5);
        assertThat(half.get("band").asText()).isEqualTo("progressing");
        assertThat(half.at("/last_check_in/confidence").asDouble()).isEqualTo(0.8);
        assertThat(half.at("/last_check_in/author").asText()).isEqualTo(TestApp.ADMIN_EMAIL);
        assertThat(ok(admin.get(OBJECTIVES + "/" + id), 200).at("/objective/progress").asDouble())
                .as("(3 × 0.5 + 1 × 0) / 4").isEqualTo(0.375);
        assertThat(wins("key_result:" + keyResult + ":reached")).isZero();

        var bad = admin.post("/api/goals/key_results/" + keyResult + "/check_ins", Map.of("value", 250, "confidence", 2));
        assertThat(bad.json().get("details").findValuesAsText("path")).containsExactly("confidence");

        var reached = ok(admin.post("/api/goals/key_results/" + keyResult + "/check_ins", Map.of("value", 310)), 201)
                .get("key_result");
        assertThat(reached.get("score").asDouble()).isEqualTo(1);
        assertThat(reached.get("band").asText()).isEqualTo("on_track");
        assertThat(reached.get("reached_at").isNull()).isFalse();
        ok(admin.post("/api/goals/key_results/" + keyResult + "/check_ins", Map.of("value", 320)), 201);
        assertThat(wins("key_result:" + keyResult + ":reached")).as("recorded once").isEqualTo(1);

        var history = ok(admin.get("/api/goals/key_results/" + keyResult + "/check_ins"), 200).get("check_ins");
        assertThat(history.findValuesAsText("value")).containsExactly("320.0", "310.0", "200.0");
    }

    @Test
    void a_live_insights_key_result_follows_real_events_and_records_its_win_once() {
        long spaceId = MarketingSite.create(admin);
        var story = ok(admin.post("/api/spaces/" + spaceId + "/stories", Map.of("story", Map.of("name", "Pricing",
                "slug", "pricing", "content", MarketingSite.page("Pricing")))), 201);
        long storyId = story.at("/story/id").asLong();
        String token = null;
        for (var entry : admin.get("/api/spaces/" + spaceId + "/delivery_tokens").json().get("tokens")) {
            if (entry.get("access").asText().equals("public")) token = entry.get("token").asText();
        }
        long id = objective("Pricing page sells", null);
        var created = addKeyResult(id, Map.of("title", "Pricing page views", "owner_team", "marketing", "type", "number",
                "start_value", 0, "target_value", 4, "driver", Map.of("kind", "insights", "space_id", spaceId,
                        "metric", "views", "story_id", storyId, "window", "last_7_days")));
        long keyResult = created.get("id").asLong();
        assertThat(created.get("current_value").asDouble()).isZero();
        assertThat(created.get("stale").asBoolean()).as("no events in the window").isTrue();

        var events = new ArrayList<Object>();
        for (int i = 0; i < 3; i++) events.add(Map.of("type", "view", "visitor", "v" + i, "story_id", storyId));
        ok(app.anonymous().post("/v2/events?token=" + token, Map.of("events", events)), 200);

        var partway = ok(admin.get("/api/goals/key_results/" + keyResult), 200).get("key_result");
        assertThat(partway.get("current_value").asDouble()).isEqualTo(3);
        assertThat(partway.get("score").asDouble()).isEqualTo(0.75);
        assertThat(partway.get("stale").asBoolean()).isFalse();
        assertThat(admin.post("/api/goals/key_results/" + keyResult + "/check_ins", Map.of("value", 9)).status())
                .as("a live value is measured, not reported").isEqualTo(409);

        ok(app.anonymous().post("/v2/events?token=" + token, Map.of("events",
                List.of(Map.of("type", "view", "visitor", "v9", "story_id", storyId)))), 200);
        ok(admin.get(OBJECTIVES), 200);
        var reached = ok(admin.get("/api/goals/key_results/" + keyResult), 200).get("key_result");

        assertThat(reached.get("score").asDouble()).isEqualTo(1);
        assertThat(reached.get("reached_at").isNull()).isFalse();
        assertThat(wins("key_result:" + keyResult + ":reached")).isEqualTo(1);
        assertThat(count("key_result_check_ins")).isZero();
    }

    @Test
    void an_experiment_variant_s_goal_feeds_a_key_result_in_percent() {
        long spaceId = MarketingSite.create(admin);
        var experiment = MarketingSite.blok("duet_experiment", "exp-hero", "key", "hero-test", "status", "running",
                "variants", List.of(MarketingSite.blok("hero", "hero-a", "headline", "Build sites faster"),
                        MarketingSite.blok("hero", "hero-b", "headline", "Ship today")),
                "variant_names", List.of("Control", "Shorter headline"),
                "goals", List.of(Map.of("type", "conversion", "event", "signup", "name", "Sign-ups")));
        ok(admin.post("/api/spaces/" + spaceId + "/stories", Map.of("story", Map.of("name", "Home", "slug", "home",
                "content", MarketingSite.blok("page", "root", "title", "Home", "body", List.of(experiment))))), 201);
        long id = objective("Better hero", null);
        var driver = new HashMap<String, Object>(Map.of("kind", "insights", "space_id", spaceId, "metric", "experiment_goal",
                "experiment_key", "hero-test", "variation", 1, "goal", "Sign-ups"));
        var body = new HashMap<String, Object>(Map.of("title", "Shorter headline converts 30 %", "owner_team", "marketing",
                "type", "percent", "start_value", 0, "target_value", 30, "driver", driver));

        driver.put("goal", "Clicks");
        var unknownGoal = admin.post(OBJECTIVES + "/" + id + "/key_results", body);
        assertThat(unknownGoal.json().get("details").findValuesAsText("path")).containsExactly("driver.goal");
        driver.put("goal", "Sign-ups");
        long keyResult = addKeyResult(id, body).get("id").asLong();

        var events = new ArrayList<Object>();
        for (int i = 0; i < 10; i++) {
            events.add(Map.of("type", "exposure", "visitor", "b" + i, "experiment", "hero-test", "variation", 1));
            if (i < 3) events.add(Map.of("type", "conversion", "visitor", "b" + i, "name", "signup"));
        }
        String token = null;
        for (var entry : admin.get("/api/spaces/" + spaceId + "/delivery_tokens").json().get("tokens")) {
            if (entry.get("access").asText().equals("public")) token = entry.get("token").asText();
        }
        ok(app.anonymous().post("/v2/events?token=" + token, Map.of("events", events)), 200);

        var read = ok(admin.get("/api/goals/key_results/" + keyResult), 200).get("key_result");
        assertThat(read.get("current_value").asDouble()).isEqualTo(30.0);
        assertThat(read.get("score").asDouble()).isEqualTo(1);
        assertThat(wins("key_result:" + keyResult + ":reached")).isEqualTo(1);
    }

    @Test
    void an_operational_key_result_follows_duet_s_own_metrics() {
        long id = objective("Reliable site", null);
        for (int i = 0; i < 5; i++) app.anonymous().get("/v2/cdn/stories?token=nope");

        var availability = addKeyResult(id, Map.of("title", "Availability", "owner_team", "it", "type", "percent",
                "target_value", 99.9, "direction", "stay_above",
                "driver", Map.of("kind", "operational", "metric", "availability_percent")));
        var latency = addKeyResult(id, Map.of("title", "Fast delivery", "owner_team", "it", "type", "number",
                "start_value", 60_000, "target_value", 50_000, "direction", "decrease_to",
                "driver", Map.of("kind", "operational", "metric", "delivery_p99_ms")));

        assertThat(availability.get("current_value").asDouble()).isEqualTo(100);
        assertThat(availability.get("score").asDouble()).isEqualTo(1);
        assertThat(availability.at("/driver/metric").asText()).isEqualTo("availability_percent");
        assertThat(latency.get("current_value").asDouble()).isPositive().isLessThan(50_000);
        assertThat(latency.get("score").asDouble()).isEqualTo(1);
        assertThat(wins("key_result:" + availability.get("id").asLong() + ":reached")).as("thresholds are held, not reached").isZero();
        assertThat(wins("key_result:" + latency.get("id").asLong() + ":reached")).isEqualTo(1);
        var metrics = ok(admin.get("/api/goals/metrics"), 200);
        assertThat(metrics.get("operational").findValuesAsText("id")).contains("delivery_p99_ms", "availability_percent");
    }
}
