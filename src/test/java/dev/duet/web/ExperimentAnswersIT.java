package dev.duet.web;

import dev.duet.access.Role;
import dev.duet.analytics.Event;
import dev.duet.analytics.EventType;
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

import static dev.duet.testing.MarketingSite.blok;

/** The experiments routes answer as openapi.json describes them, successes and refusals alike. */
@ParameterizedClass
@EnumSource(TestDatabase.class)
class ExperimentAnswersIT {

    @Parameter
    TestDatabase database;

    TestApp app;
    DocumentedAnswers answers;
    Client admin;

    @BeforeEach
    void start() {
        app = new TestApp(database);
        answers = new DocumentedAnswers(new OpenApiDocument(app.anonymous().get("/api/openapi.json").json()));
        admin = app.admin();
    }

    @AfterEach
    void stop() {
        app.close();
    }

    private Response documented(String operation, Response response) {
        return answers.check(operation, response);
    }

    @Test
    void experiments_answer_as_documented() {
        long spaceId = MarketingSite.create(admin);
        var base = "/api/spaces/" + spaceId;
        var experiment = blok("duet_experiment", "exp-1", "key", "hero-test", "status", "running", "planned_units", 10,
                "variants", List.of(blok("hero", "a", "headline", "One"), blok("hero", "b", "headline", "Two")),
                "goals", List.of(Map.of("type", "conversion", "event", "signup")),
                "guardrails", List.of(Map.of("type", "click", "block", "exp-1", "aggregation", "sum")));
        admin.post(base + "/stories", Map.of("story", Map.of("name", "Home", "content",
                blok("page", "root", "body", List.of(experiment)))));
        var events = new ArrayList<Event>();
        var noon = Instant.parse("2026-11-23T12:00:00Z");
        for (int i = 0; i < 40; i++) {
            events.add(new Event(spaceId, EventType.EXPOSURE, null, "v" + i, noon, null, null, "hero-test", i % 2, null, null, null, null, null));
            if (i % 3 == 0) events.add(new Event(spaceId, EventType.CONVERSION, "signup", "v" + i, noon.plusSeconds(9), null, null, null, null, null, null, null, null, null));
        }
        app.wiring.eventLog.append(events);
        var list = "GET /api/spaces/{space_id}/experiments";
        var one = "GET /api/spaces/{space_id}/experiments/{key}";
        var results = "GET /api/spaces/{space_id}/experiments/{key}/results";
        var ship = "POST /api/spaces/{space_id}/experiments/{key}/ship";
        var status = "POST /api/spaces/{space_id}/experiments/{key}/status";

        documented(list, admin.get(base + "/experiments?status=running"));
        documented(list, admin.get(base + "/experiments?status=paused"));
        documented(list, admin.get("/api/spaces/987654/experiments"));
        documented(one, admin.get(base + "/experiments/hero-test"));
        documented(one, admin.get(base + "/experiments/nope"));
        documented(results, admin.get(base + "/experiments/hero-test/results"));
        documented(results, admin.get(base + "/experiments/hero-test/results?engine=frequentist"));
        documented(results, admin.get(base + "/experiments/hero-test/results?engine=sequential"));
        documented(results, admin.get(base + "/experiments/hero-test/results?engine=frequentist&correction=holm"));
        documented(results, admin.get(base + "/experiments/hero-test/results?correction=bh"));
        documented(results, admin.get(base + "/experiments/hero-test/results?prior_sd=0.3&prior_mean=0.01"));
        documented(results, admin.get(base + "/experiments/hero-test/results?engine=magic"));
        documented(results, app.anonymous().get(base + "/experiments/hero-test/results"));
        var breakdown = "GET /api/spaces/{space_id}/experiments/{key}/results/breakdown";
        documented(breakdown, admin.get(base + "/experiments/hero-test/results/breakdown?by=device"));
        documented(breakdown, admin.get(base + "/experiments/hero-test/results/breakdown?by=segment&engine=frequentist"));
        documented(breakdown, admin.get(base + "/experiments/hero-test/results/breakdown?by=segment&engine=sequential&correction=bh"));
        documented(breakdown, admin.get(base + "/experiments/hero-test/results/breakdown?by=device&prior_sd=0.3"));
        documented(breakdown, admin.get(base + "/experiments/hero-test/results/breakdown?by=weather"));
        documented(breakdown, admin.get(base + "/experiments/nope/results/breakdown?by=locale"));
        documented(breakdown, app.anonymous().get(base + "/experiments/hero-test/results/breakdown?by=device"));
        documented(status, app.as(Role.VIEWER).post(base + "/experiments/hero-test/status", Map.of("status", "stopped", "version", 1)));
        documented(status, admin.post(base + "/experiments/hero-test/status", Map.of("status", "stopped")));
        documented(status, admin.post(base + "/experiments/hero-test/status", Map.of("status", "paused", "version", 1)));
        documented(status, admin.post(base + "/experiments/hero-test/status", Map.of("status", "stopped", "version", 1)));
        documented(ship, admin.post(base + "/experiments/hero-test/ship", Map.of("variation", 1, "version", 1)));
        documented(ship, admin.post(base + "/experiments/hero-test/ship", Map.of("variation", 5, "version", 2)));
        documented(ship, admin.post(base + "/experiments/nope/ship", Map.of("variation", 1, "version", 2)));
        documented(ship, admin.post(base + "/experiments/hero-test/ship", Map.of("variation", 1, "version", 2)));
    }
}
