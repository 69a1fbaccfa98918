package dev.duet.web;

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

import java.util.Map;

import static dev.duet.testing.MarketingSite.page;

/** The releases routes answer as openapi.json describes them, successes and refusals alike. */
@ParameterizedClass
@EnumSource(TestDatabase.class)
class ReleaseAnswersIT {

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
    void releases_answer_as_documented() {
        long spaceId = MarketingSite.create(admin);
        var base = "/api/spaces/" + spaceId;
        long home = admin.post(base + "/stories", Map.of("story", Map.of("name", "Home", "content", page("Hi"))))
                .json().at("/story/id").asLong();
        var releases = base + "/releases";

        var created = documented("POST /api/spaces/{space_id}/releases",
                admin.post(releases, Map.of("release", Map.of("name", "Spring", "description", "March"))));
        documented("POST /api/spaces/{space_id}/releases", admin.post(releases, Map.of("release", Map.of("name", ""))));
        documented("POST /api/spaces/{space_id}/releases", app.as(Role.VIEWER).post(releases, Map.of("release", Map.of("name", "x"))));
        var release = releases + "/" + created.json().at("/release/id").asLong();
        documented("GET /api/spaces/{space_id}/releases/{release_id}", admin.get(releases + "/999999"));
        documented("POST /api/spaces/{space_id}/releases/{release_id}/merge", admin.post(release + "/merge", Map.of()));
        documented("POST /api/spaces/{space_id}/releases/{release_id}/items", admin.post(release + "/items", Map.of("story_id", home)));
        documented("POST /api/spaces/{space_id}/releases/{release_id}/items",
                admin.post(release + "/items", Map.of("story_id", home, "version_number", 9)));
        documented("POST /api/spaces/{space_id}/releases/{release_id}/items", admin.post(release + "/items", Map.of("story_id", 999999)));
        admin.put(base + "/stories/" + home, Map.of("story", Map.of("content", page("Hello")), "version", 1));
        documented("PUT /api/spaces/{space_id}/releases/{release_id}", admin.put(release, Map.of("release", Map.of("name", "Spring campaign"))));
        documented("GET /api/spaces/{space_id}/releases", admin.get(releases + "?status=open"));
        documented("GET /api/spaces/{space_id}/releases", admin.get(releases + "?status=gone"));
        documented("GET /api/spaces/{space_id}/stories/{story_id}/releases", admin.get(base + "/stories/" + home + "/releases"));
        app.as(Role.EDITOR).put(base + "/stories/" + home, Map.of("story", Map.of("content", page("Hey")), "version", 2));
        documented("GET /api/spaces/{space_id}/releases/{release_id}", admin.get(release));
        documented("POST /api/spaces/{space_id}/releases/{release_id}/merge", admin.post(release + "/merge", Map.of()));
        documented("PUT /api/spaces/{space_id}/releases/{release_id}/items/{story_id}", admin.put(release + "/items/" + home, Map.of()));
        documented("PUT /api/spaces/{space_id}/releases/{release_id}/items/{story_id}", admin.put(release + "/items/999999", Map.of()));
        documented("POST /api/spaces/{space_id}/releases/{release_id}/revert", admin.post(release + "/revert", Map.of()));
        documented("POST /api/spaces/{space_id}/releases/{release_id}/merge", admin.post(release + "/merge", Map.of("force", true)));
        documented("DELETE /api/spaces/{space_id}/releases/{release_id}/items/{story_id}", admin.delete(release + "/items/" + home));
        documented("DELETE /api/spaces/{space_id}/releases/{release_id}", admin.delete(release));
        documented("POST /api/spaces/{space_id}/releases/{release_id}/revert", admin.post(release + "/revert", Map.of()));

        var other = releases + "/" + admin.post(releases, Map.of("release", Map.of("name", "Other"))).json().at("/release/id").asLong();
        admin.post(other + "/items", Map.of("story_id", home));
        documented("DELETE /api/spaces/{space_id}/releases/{release_id}/items/{story_id}", admin.delete(other + "/items/" + home));
        documented("DELETE /api/spaces/{space_id}/releases/{release_id}", admin.delete(other));
    }
}
