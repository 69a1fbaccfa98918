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
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;

import static dev.duet.testing.MarketingSite.page;

/** The insights routes answer as openapi.json describes them, successes and refusals alike. */
@ParameterizedClass
@EnumSource(TestDatabase.class)
class InsightsAnswersIT {

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
    void insights_answer_as_documented() {
        long spaceId = MarketingSite.create(admin);
        var base = "/api/spaces/" + spaceId + "/insights";
        long home = admin.post("/api/spaces/" + spaceId + "/stories", Map.of("story", Map.of("name", "Home",
                "content", page("Hi")))).json().at("/story/id").asLong();
        var now = Instant.now().truncatedTo(ChronoUnit.HOURS);
        app.wiring.eventLog.append(List.of(
                new Event(spaceId, EventType.VIEW, null, "ann", now, home, null, null, null, null, "developer", "email", "en", "mobile"),
                new Event(spaceId, EventType.CLICK, null, "ann", now, home, "cta-1", null, null, null, null, null, null, null),
                new Event(spaceId, EventType.CONVERSION, "signup", "ann", now, home, null, null, null, 9.5, null, null, null, null)));
        var viewer = app.as(Role.VIEWER);

        documented("GET /api/spaces/{space_id}/insights/overview", viewer.get(base + "/overview"));
        documented("GET /api/spaces/{space_id}/insights/overview", admin.get(base + "/overview?story_id=" + home + "&from=" + today()));
        documented("GET /api/spaces/{space_id}/insights/overview", admin.get(base + "/overview?from=soon"));
        documented("GET /api/spaces/{space_id}/insights/overview", app.anonymous().get(base + "/overview"));
        documented("GET /api/spaces/{space_id}/insights/overview", admin.get("/api/spaces/999999/insights/overview"));
        documented("GET /api/spaces/{space_id}/insights/stories", viewer.get(base + "/stories?sort=conversion_rate"));
        documented("GET /api/spaces/{space_id}/insights/stories", admin.get(base + "/stories?sort=fame"));
        documented("GET /api/spaces/{space_id}/insights/blocks", viewer.get(base + "/blocks?story_id=" + home));
        documented("GET /api/spaces/{space_id}/insights/blocks", admin.get(base + "/blocks?story_id=999999"));
        documented("GET /api/spaces/{space_id}/insights/blocks", admin.get(base + "/blocks"));
        documented("GET /api/spaces/{space_id}/insights/timing", viewer.get(base + "/timing?tz=-05:30"));
        documented("GET /api/spaces/{space_id}/insights/timing", admin.get(base + "/timing?tz=later"));
        documented("GET /api/spaces/{space_id}/insights/breakdown", viewer.get(base + "/breakdown?by=device"));
        documented("GET /api/spaces/{space_id}/insights/breakdown", admin.get(base + "/breakdown?by=mood"));
    }

    private static String today() {
        return Instant.now().toString().substring(0, 10);
    }
}
