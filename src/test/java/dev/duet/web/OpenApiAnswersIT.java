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

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Real answers have the shape the OpenAPI description documents: each call below is checked against the documented
 * answer of its operation and status (body schema and headers), so a renamed field or a changed status in the code
 * fails here until openapi.json says the same.
 */
@ParameterizedClass
@EnumSource(TestDatabase.class)
class OpenApiAnswersIT {

    @Parameter
    TestDatabase database;

    private TestApp app;
    private OpenApiDocument document;
    private SchemaCheck schemas;
    private Client admin;

    @BeforeEach
    void start() {
        app = new TestApp(database);
        document = new OpenApiDocument(app.anonymous().get("/api/openapi.json").json());
        schemas = new SchemaCheck(document);
        admin = app.admin();
    }

    @AfterEach
    void stop() {
        app.close();
    }

    /** Asserts that {@code operation} documents the answer's status and that the answer has that shape; returns it. */
    private Response documented(String operation, Response response) {
        var found = document.operationsByKey().get(operation);
        assertThat(found).as(operation + " is documented").isNotNull();
        var answer = document.resolve(found.node().path("responses").path(Integer.toString(response.status())));
        assertThat(answer.isMissingNode()).as(operation + " documents the status of " + response).isFalse();
        answer.path("headers").fieldNames().forEachRemaining(header ->
                assertThat(response.header(header)).as(operation + " " + response.status() + " header " + header).isNotNull());
        var schema = answer.at("/content/application~1json/schema");
        if (schema.isMissingNode()) {
            assertThat(response.text()).as(operation + " " + response.status() + " has no body").isBlank();
        } else {
            assertThat(schemas.problems(schema, response.json()))
                    .as(operation + " " + response.status() + " answer has the documented shape: " + response.text()).isEmpty();
        }
        return response;
    }

    private long newSpace() {
        var created = documented("POST /api/spaces", admin.post("/api/spaces", Map.of("name", "Marketing site", "languages", List.of("de"))));
        return created.json().at("/space/id").asLong();
    }

    @Test
    void sign_in_users_tokens_and_the_audit_log_answer_as_documented() {
        var signIn = app.anonymous().post("/api/auth/login", Map.of("email", TestApp.ADMIN_EMAIL, "password", TestApp.PASSWORD));
        documented("POST /api/auth/login", signIn);
        documented("POST /api/auth/login", app.anonymous().post("/api/auth/login", Map.of("email", TestApp.ADMIN_EMAIL, "password", "wrong")));
        documented("GET /api/auth/me", admin.get("/api/auth/me"));
        documented("GET /api/users", admin.get("/api/users"));
        var user = documented("POST /api/users", admin.post("/api/users",
                Map.of("email", "ed@example.com", "name", "Ed", "role", "editor", "password", "a long first password")));
        var userPath = "/api/users/" + user.json().at("/user/id").asLong();
        documented("POST /api/users", admin.post("/api/users", Map.of("email", "ED@example.com", "role", "editor", "password", "a long first password")));
        documented("GET /api/users/{user_id}", admin.get(userPath));
        documented("PATCH /api/users/{user_id}", admin.patch(userPath, Map.of("role", "developer")));
        documented("GET /api/users/{user_id}", admin.get("/api/users/999"));

        var token = documented("POST /api/tokens", admin.post("/api/tokens", Map.of("name", "CI", "scopes", List.of("content:read"))));
        var viaToken = app.anonymous().bearer(token.json().get("secret").asText());
        documented("GET /api/auth/me", viaToken.get("/api/auth/me"));
        documented("POST /api/spaces", viaToken.post("/api/spaces", Map.of("name", "Not allowed")));
        documented("GET /api/tokens", admin.get("/api/tokens?all=true"));
        documented("DELETE /api/tokens/{token_id}", admin.delete("/api/tokens/" + token.json().at("/token/id").asLong()));
        documented("GET /api/auth/me", viaToken.get("/api/auth/me"));
        documented("GET /api/audit", admin.get("/api/audit?per_page=5"));
        documented("DELETE /api/users/{user_id}", admin.delete(userPath));

        var someone = app.as(Role.VIEWER);
        documented("POST /api/auth/password", someone.post("/api/auth/password", Map.of("current_password", "wrong", "new_password", "another long one")));
        documented("POST /api/auth/password", someone.post("/api/auth/password", Map.of("current_password", TestApp.PASSWORD, "new_password", "another long one")));
        var other = app.as(Role.EDITOR);
        documented("POST /api/auth/logout", other.withoutHeader("X-CSRF-Token").post("/api/auth/logout", null));
        documented("POST /api/auth/logout", app.as(Role.APPROVER).post("/api/auth/logout", null));
    }

    @Test
    void spaces_and_delivery_tokens_answer_as_documented() {
        documented("POST /api/spaces", admin.post("/api/spaces", Map.of("name", " ", "languages", List.of("EN"))));
        long space = newSpace();
        var path = "/api/spaces/" + space;
        documented("GET /api/spaces", admin.get("/api/spaces"));
        documented("GET /api/spaces/{space_id}", admin.get(path));
        documented("GET /api/spaces/{space_id}", admin.get("/api/spaces/abc"));
        documented("PATCH /api/spaces/{space_id}", admin.patch(path, Map.of("preview_url", "https://www.example.com/")));
        documented("GET /api/spaces/{space_id}/delivery_tokens", admin.get(path + "/delivery_tokens"));
        var token = documented("POST /api/spaces/{space_id}/delivery_tokens", admin.post(path + "/delivery_tokens", Map.of("access", "preview")));
        documented("DELETE /api/spaces/{space_id}/delivery_tokens/{token}",
                admin.delete(path + "/delivery_tokens/" + token.json().at("/token/token").asText()));
        documented("GET /api/spaces/{space_id}", app.anonymous().get(path));
        documented("DELETE /api/spaces/{space_id}", app.as(Role.EDITOR).delete(path));
        documented("POST /api/spaces", admin.post("/api/spaces", "{\"name\": \"" + "x".repeat(300_000) + "\"}"));
        documented("DELETE /api/spaces/{space_id}", admin.delete(path));
        documented("DELETE /api/spaces/{space_id}", admin.delete(path));
    }

    @Test
    void components_and_groups_answer_as_documented() {
        var base = "/api/spaces/" + newSpace();
        var group = documented("POST /api/spaces/{space_id}/component_groups",
                admin.post(base + "/component_groups", Map.of("component_group", Map.of("name", "Layout"))));
        var groupPath = base + "/component_groups/" + group.json().at("/component_group/id").asLong();
        var groupUuid = group.json().at("/component_group/uuid").asText();
        documented("GET /api/spaces/{space_id}/component_groups", admin.get(base + "/component_groups"));
        documented("GET /api/spaces/{space_id}/component_groups/{group_id}", admin.get(groupPath));
        documented("PUT /api/spaces/{space_id}/component_groups/{group_id}",
                admin.put(groupPath, Map.of("component_group", Map.of("name", "Page layout"))));

        var hero = documented("POST /api/spaces/{space_id}/components", admin.post(base + "/components", Map.of("component", Map.of(
                "name", "Hero", "component_group_uuid", groupUuid, "color", "#1b243f", "preview_field", "headline",
                "schema", Map.of("headline", Map.of("type", "text", "required", true, "max_length", 80),
                        "theme", Map.of("type", "option", "options", List.of(Map.of("name", "Dark", "value", "dark"))))))));
        var page = documented("POST /api/spaces/{space_id}/components", admin.post(base + "/components", Map.of("component", Map.of(
                "name", "page", "is_root", true, "schema", Map.of("body", Map.of("type", "bloks", "restrict_components", true,
                        "restrict_type", "groups", "component_group_whitelist", List.of(groupUuid)))))));
        documented("POST /api/spaces/{space_id}/components", admin.post(base + "/components", Map.of("component", Map.of("name", "hero"))));
        var heroPath = base + "/components/" + hero.json().at("/component/id").asLong();
        documented("GET /api/spaces/{space_id}/components", admin.get(base + "/components?is_root=false"));
        documented("GET /api/spaces/{space_id}/components/{component_id}", admin.get(heroPath));
        documented("PUT /api/spaces/{space_id}/components/{component_id}", admin.put(heroPath, Map.of("component", Map.of("icon", "star"))));
        var locked = app.admin();
        documented("PUT /api/spaces/{space_id}/components/{component_id}",
                locked.header("If-Match", "\"1\"").put(heroPath, Map.of("component", Map.of("icon", "star"))));
        documented("PUT /api/spaces/{space_id}/components/{component_id}",
                locked.header("If-Match", "\"1\"").put(heroPath, Map.of("component", Map.of("icon", "moon"))));
        documented("DELETE /api/spaces/{space_id}/component_groups/{group_id}", admin.delete(groupPath));
        documented("DELETE /api/spaces/{space_id}/components/{component_id}",
                admin.delete(base + "/components/" + page.json().at("/component/id").asLong()));
        documented("DELETE /api/spaces/{space_id}/components/{component_id}", locked.header("If-Match", "\"2\"").delete(heroPath));
    }

    @Test
    void stories_and_their_versions_answer_as_documented() {
        var base = "/api/spaces/" + newSpace();
        admin.post(base + "/components", Map.of("component", Map.of("name", "page", "is_root", true,
                "schema", Map.of("title", Map.of("type", "text", "required", true)))));
        var folder = documented("POST /api/spaces/{space_id}/stories",
                admin.post(base + "/stories", Map.of("story", Map.of("name", "Blog", "is_folder", true, "default_root", "page"))));
        long folderId = folder.json().at("/story/id").asLong();
        var content = Map.of("component", "page", "title", "Spring launch");
        var created = documented("POST /api/spaces/{space_id}/stories", admin.post(base + "/stories",
                Map.of("story", Map.of("name", "Spring launch", "parent_id", folderId, "content", content, "tag_list", List.of("launch")),
                        "message", "first draft")));
        documented("POST /api/spaces/{space_id}/stories", admin.post(base + "/stories",
                Map.of("story", Map.of("name", "Spring launch", "parent_id", folderId, "content", content))));
        documented("POST /api/spaces/{space_id}/stories", admin.post(base + "/stories", Map.of("story", Map.of("name", "x", "content", Map.of("component", "page")))));
        var story = base + "/stories/" + created.json().at("/story/id").asLong();

        documented("GET /api/spaces/{space_id}/stories", admin.get(base + "/stories?starts_with=blog/&status=draft&sort_by=name:desc"));
        documented("GET /api/spaces/{space_id}/stories/{story_id}", admin.get(story));
        documented("PUT /api/spaces/{space_id}/stories/{story_id}", admin.put(story, Map.of("story", Map.of("name", "Spring"))));
        documented("PUT /api/spaces/{space_id}/stories/{story_id}", admin.put(story,
                Map.of("story", Map.of("content", Map.of("component", "page", "title", "Spring is here")), "version", 1)));
        documented("PUT /api/spaces/{space_id}/stories/{story_id}", admin.put(story, Map.of("story", Map.of("name", "Stale"), "version", 1)));
        documented("POST /api/spaces/{space_id}/stories/{story_id}/publish", admin.post(story + "/publish", Map.of("version", 2, "version_number", 1)));
        documented("POST /api/spaces/{space_id}/stories/{story_id}/move", admin.post(story + "/move", Map.of("parent_id", 0, "position", 1, "version", 2)));
        documented("GET /api/spaces/{space_id}/tags", admin.get(base + "/tags"));
        documented("GET /api/spaces/{space_id}/stories/{story_id}/versions", admin.get(story + "/versions"));
        documented("GET /api/spaces/{space_id}/stories/{story_id}/versions/{number}", admin.get(story + "/versions/2"));
        documented("GET /api/spaces/{space_id}/stories/{story_id}/versions/{number}/diff", admin.get(story + "/versions/2/diff?against=published"));
        documented("GET /api/spaces/{space_id}/stories/{story_id}/versions/{number}", admin.get(story + "/versions/9"));
        var locked = app.admin();
        documented("POST /api/spaces/{space_id}/stories/{story_id}/discard", locked.header("If-Match", "\"2\"").post(story + "/discard", null));
        documented("POST /api/spaces/{space_id}/stories/{story_id}/versions/{number}/restore",
                locked.header("If-Match", "\"3\"").post(story + "/versions/2/restore", null));
        documented("POST /api/spaces/{space_id}/stories/{story_id}/unpublish", locked.header("If-Match", "\"4\"").post(story + "/unpublish", null));
        documented("POST /api/spaces/{space_id}/stories/{story_id}/unpublish", locked.header("If-Match", "\"4\"").post(story + "/unpublish", null));
        documented("DELETE /api/spaces/{space_id}/stories/{story_id}", admin.delete(story));
        documented("POST /api/spaces/{space_id}/stories", admin.post(base + "/stories",
                Map.of("story", Map.of("name", "Inside", "parent_id", folderId, "content", content))));
        var folderPath = base + "/stories/" + folderId;
        documented("DELETE /api/spaces/{space_id}/stories/{story_id}", locked.header("If-Match", "\"1\"").delete(folderPath));
        documented("DELETE /api/spaces/{space_id}/stories/{story_id}", locked.delete(folderPath + "?recursive=true"));
        documented("GET /api/spaces/{space_id}/stories/{story_id}", admin.get(folderPath));
    }

    @Test
    void datasources_and_their_entries_answer_as_documented() {
        var base = "/api/spaces/" + newSpace();
        var created = documented("POST /api/spaces/{space_id}/datasources", admin.post(base + "/datasources",
                Map.of("datasource", Map.of("name", "Colours", "dimensions", List.of(Map.of("name", "German", "entry_value", "de"))))));
        documented("POST /api/spaces/{space_id}/datasources", admin.post(base + "/datasources", Map.of("datasource", Map.of("name", "Colours"))));
        var datasource = base + "/datasources/" + created.json().at("/datasource/id").asLong();
        documented("GET /api/spaces/{space_id}/datasources", admin.get(base + "/datasources"));
        documented("GET /api/spaces/{space_id}/datasources/{datasource_id}", admin.get(datasource));
        documented("PUT /api/spaces/{space_id}/datasources/{datasource_id}", admin.put(datasource, Map.of("datasource", Map.of("name", "Brand colours"))));

        var values = new HashMap<String, String>();
        values.put("de", "Rot");
        var entry = documented("POST /api/spaces/{space_id}/datasources/{datasource_id}/entries", admin.post(datasource + "/entries",
                Map.of("datasource_entry", Map.of("name", "red", "value", "#e63946", "dimension_values", values))));
        var entryPath = datasource + "/entries/" + entry.json().at("/datasource_entry/id").asLong();
        documented("GET /api/spaces/{space_id}/datasources/{datasource_id}/entries", admin.get(datasource + "/entries?dimension=de"));
        documented("GET /api/spaces/{space_id}/datasources/{datasource_id}/entries", admin.get(datasource + "/entries?dimension=fr"));
        documented("GET /api/spaces/{space_id}/datasources/{datasource_id}/entries/{entry_id}", admin.get(entryPath + "?dimension=de"));
        values.put("de", null);
        documented("PUT /api/spaces/{space_id}/datasources/{datasource_id}/entries/{entry_id}",
                admin.put(entryPath, Map.of("datasource_entry", Map.of("value", "#d62828", "dimension_values", values))));
        documented("POST /api/spaces/{space_id}/datasources/{datasource_id}/entries/{entry_id}/move", admin.post(entryPath + "/move", Map.of("position", 1)));
        documented("POST /api/spaces/{space_id}/datasources/{datasource_id}/entries/{entry_id}/move", admin.post(entryPath + "/move", Map.of("position", 5)));
        documented("DELETE /api/spaces/{space_id}/datasources/{datasource_id}/entries/{entry_id}", admin.delete(entryPath));
        documented("POST /api/spaces/{space_id}/datasources/{datasource_id}/entries/bulk", admin.post(datasource + "/entries/bulk",
                Map.of("datasource_entries", List.of(Map.of("name", "red", "value", "#e63946"), Map.of("name", "blue", "value", "#1d3557")))));
        documented("DELETE /api/spaces/{space_id}/datasources/{datasource_id}", admin.delete(datasource));
        documented("GET /api/spaces/{space_id}/datasources/{datasource_id}", admin.get(datasource));
    }

    @Test
    void the_public_endpoints_answer_as_documented() {
        documented("GET /health", app.anonymous().get("/health"));
        documented("GET /api/openapi.json", app.anonymous().get("/api/openapi.json"));
    }
}
