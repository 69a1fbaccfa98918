package dev.duet.web;

import dev.duet.access.Role;
import dev.duet.testing.Client;
import dev.duet.testing.Response;
import dev.duet.testing.TestApp;
import dev.duet.testing.TestDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The localization routes answer as openapi.json documents them (kept apart from OpenApiAnswersIT to merge cleanly). */
@ParameterizedClass
@EnumSource(TestDatabase.class)
class TranslationAnswersIT {

    @Parameter
    TestDatabase database;

    private TestApp app;
    private DocumentedAnswers answers;
    private Client admin;

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
    void status_exports_imports_and_language_copies_answer_as_documented() {
        long space = admin.post("/api/spaces", Map.of("name", "Site", "languages", List.of("de"))).json().at("/space/id").asLong();
        var base = "/api/spaces/" + space;
        var schema = Json.tree("{\"title\": {\"type\": \"text\", \"translatable\": true}}");
        admin.post(base + "/components", Map.of("component", Map.of("name", "page", "is_root", true, "schema", schema)));
        var story = admin.post(base + "/stories", Map.of("story", Map.of("name", "Home",
                "content", Map.of("component", "page", "_uid", "root", "title", "Welcome")))).json().get("story");
        var storyPath = base + "/stories/" + story.get("id").asLong();

        documented("GET /api/spaces/{space_id}/translations", admin.get(base + "/translations?story_ids=" + story.get("id")));
        documented("GET /api/spaces/{space_id}/translations", admin.get(base + "/translations"));
        documented("GET /api/spaces/{space_id}/stories/{story_id}/translations", admin.get(storyPath + "/translations"));
        documented("GET /api/spaces/{space_id}/stories/{story_id}/translations", admin.get(base + "/stories/999999/translations"));
        var export = documented("GET /api/spaces/{space_id}/stories/{story_id}/translations/{language}/export",
                admin.get(storyPath + "/translations/de/export"));
        documented("GET /api/spaces/{space_id}/stories/{story_id}/translations/{language}/export",
                admin.get(storyPath + "/translations/fr/export"));
        var file = export.json().deepCopy();
        ((com.fasterxml.jackson.databind.node.ObjectNode) file.at("/stories/0/units/0")).put("target", "Willkommen");
        var importPath = "/api/spaces/{space_id}/stories/{story_id}/translations/{language}/import";
        documented("POST " + importPath, app.as(Role.VIEWER).post(storyPath + "/translations/de/import", file));
        documented("POST " + importPath, admin.post(storyPath + "/translations/de/import", "{\"stories\": 3}"));
        documented("POST " + importPath, admin.post(storyPath + "/translations/de/import", file));
        admin.put(storyPath, Map.of("story", Map.of("content", Map.of("component", "page", "_uid", "root",
                "title", "Welcome home", "title__i18n__de", "Willkommen")), "version", 2));
        var stale = documented("POST " + importPath, admin.post(storyPath + "/translations/de/import", file));
        assertThat(stale.status()).isEqualTo(409);

        var copyPath = "/api/spaces/{space_id}/stories/{story_id}/language_copy";
        var copy = documented("POST " + copyPath, admin.post(storyPath + "/language_copy", Map.of("slug", "home-de")));
        assertThat(copy.status()).isEqualTo(201);
        documented("POST " + copyPath, admin.post(storyPath + "/language_copy", Map.of("slug", "home-de")));
    }
}
