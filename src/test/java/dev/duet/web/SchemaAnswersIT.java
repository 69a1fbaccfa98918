package dev.duet.web;

import dev.duet.access.Role;
import dev.duet.testing.Client;
import dev.duet.testing.OnBothDatabases;
import dev.duet.testing.Response;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The schema-as-code endpoints answer with the statuses, bodies and headers openapi.json documents for them. */
class SchemaAnswersIT extends OnBothDatabases {

    private static final String FILES = """
            {"component_groups": [{"uuid": "0c5e2b7a-4f1d-4e8a-9b3c-2d1e0f9a8b7c", "name": "Sections"}],
             "components": [
              {"name": "hero", "component_group_uuid": "0c5e2b7a-4f1d-4e8a-9b3c-2d1e0f9a8b7c",
               "schema": {"title": {"type": "text", "pos": 0}, "image": {"type": "asset", "pos": 1}}},
              {"name": "page", "is_root": true, "is_nestable": false,
               "schema": {"body": {"type": "bloks", "pos": 0, "restrict_components": true, "component_whitelist": ["hero"]}}}]}""";

    private OpenApiDocument document;
    private DocumentedAnswers answers;
    private Client admin;
    private String base;

    @BeforeEach
    void start() {
        document = new OpenApiDocument(app.anonymous().get("/api/openapi.json").json());
        answers = new DocumentedAnswers(document);
        admin = app.admin();
        base = "/api/spaces/" + admin.post("/api/spaces", Map.of("name", "Site")).json().at("/space/id").asLong() + "/schema";
    }

    private Response documented(String operation, Response response) {
        return answers.check(operation, response);
    }

    @Test
    void export_plan_and_apply_answer_as_documented() {
        var plan = "POST /api/spaces/{space_id}/schema/plan";
        var apply = "POST /api/spaces/{space_id}/schema/apply";
        var export = "GET /api/spaces/{space_id}/schema";
        documented(apply, admin.post(base + "/apply", FILES));
        var story = Map.of("component", "page", "body", List.of(Map.of("component", "hero", "title", "Hi", "image",
                Map.of("filename", "a.png"))));
        admin.post(base.replace("/schema", "/stories"), Map.of("story", Map.of("name", "Home", "content", story)));
        var changed = FILES.replace("\"title\"", "\"headline\"").replace(", \"image\": {\"type\": \"asset\", \"pos\": 1}", "")
                .replaceFirst("\\{", "{\"renames\": [{\"component\": \"hero\", \"from\": \"title\", \"to\": \"headline\"}], ");

        documented(export, admin.get(base));
        documented(export, admin.get("/api/spaces/abc/schema"));
        documented(export, admin.get("/api/spaces/99999/schema"));
        documented(export, app.anonymous().get(base));
        var planned = documented(plan, admin.post(base + "/plan", changed));
        documented(plan, admin.post(base + "/plan", "{\"components\": [{\"name\": \"x\", \"schema\": {\"a\": {\"type\": \"txt\"}}}]}"));
        documented(plan, admin.post("/api/spaces/99999/schema/plan", FILES));
        documented(plan, app.as(Role.VIEWER).post(base + "/plan", FILES));
        documented(plan, admin.post(base + "/plan", "{\"components\": [], \"x\": \"" + "x".repeat(300_000) + "\"}"));
        var refused = documented(apply, admin.post(base + "/apply", changed));
        documented(apply, admin.post(base + "/apply", "{\"components\": [], \"accept_data_loss\": true}"));
        var applied = documented(apply, admin.post(base + "/apply", changed.replaceFirst("\\{", "{\"accept_data_loss\": true, ")));

        assertThat(planned.json().at("/plan/data_loss/0/field").asText()).isEqualTo("image");
        assertThat(refused.status()).isEqualTo(409);
        assertThat(applied.json().get("stories_migrated").asInt()).isEqualTo(1);
    }
}
