package dev.duet.web;

import dev.duet.testing.Client;
import dev.duet.testing.Response;
import dev.duet.testing.TestApp;
import dev.duet.testing.TestDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.sql.DriverManager;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/** The events route answers as openapi.json documents it, acknowledgements and refusals alike. */
class EventAnswersIT {

    private TestApp app;
    private DocumentedAnswers answers;
    private Client site;
    private String url;
    private String events;

    @BeforeEach
    void start() {
        var setup = TestApp.Setup.on(TestDatabase.SQLITE);
        url = setup.databaseUrl();
        app = new TestApp(setup);
        answers = new DocumentedAnswers(new OpenApiDocument(app.anonymous().get("/api/openapi.json").json()));
        var admin = app.admin();
        var created = admin.post("/api/spaces", Map.of("name", "Events site")).json();
        String token = null;
        for (var entry : created.get("tokens")) if (entry.get("access").asText().equals("public")) token = entry.get("token").asText();
        events = "/v2/events?token=" + token;
        site = app.anonymous().header("Origin", "https://www.example.com");
    }

    @AfterEach
    void stop() {
        app.close();
    }

    private Response documented(String operation, Response response) {
        return answers.check(operation, response);
    }

    @Test
    void events_answer_as_documented() throws Exception {
        var view = Map.of("type", "view", "visitor", "v");

        var ok = documented("POST /v2/events", site.post(events, Map.of("events", List.of(view, Map.of("type", "click")))));
        documented("POST /v2/events", site.send("POST", events, "[{\"type\": \"view\", \"visitor\": \"b\"}]", "text/plain"));
        documented("POST /v2/events", site.send("POST", events, "{\"events\": ", "application/json"));
        documented("POST /v2/events", site.post("/v2/events?token=unknown", List.of(view)));
        documented("POST /v2/events", site.post(events, IntStream.range(0, 1001).mapToObj(i -> view).toList()));
        documented("POST /v2/events", site.send("POST", events, "type=view", "application/x-www-form-urlencoded"));
        documented("OPTIONS /v2/events", site.header("Access-Control-Request-Method", "POST").send("OPTIONS", "/v2/events", null));
        try (var connection = DriverManager.getConnection(url); var statement = connection.createStatement()) {
            statement.execute("CREATE TRIGGER refuse BEFORE INSERT ON events BEGIN SELECT RAISE(ABORT, 'refused'); END");
        }
        var failed = documented("POST /v2/events", site.post(events, List.of(view)));

        assertThat(ok.json().get("accepted").asInt()).isEqualTo(1);
        assertThat(failed.status()).isEqualTo(503);
    }
}
