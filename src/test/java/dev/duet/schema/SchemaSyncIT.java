package dev.duet.schema;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.duet.access.Role;
import dev.duet.testing.Client;
import dev.duet.testing.OnBothDatabases;
import dev.duet.testing.Response;
import dev.duet.web.Json;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Nadia's site schema as files, planned and applied over HTTP; renames keep every word of content. */
class SchemaSyncIT extends OnBothDatabases {

    /** The site's components and groups as `duet schema pull` would write them. */
    static final String FILES = """
            {"component_groups": [{"uuid": "5f0c6e1a-8d3b-4c1e-9f5e-0a1b2c3d4e5f", "name": "Sections"}],
             "components": [
              {"name": "cta", "is_root": false, "is_nestable": true, "component_group_uuid": "5f0c6e1a-8d3b-4c1e-9f5e-0a1b2c3d4e5f",
               "schema": {"label": {"type": "text", "pos": 0, "required": true, "max_length": 40},
                          "link": {"type": "multilink", "pos": 1}}},
              {"name": "feature_grid", "is_root": false, "is_nestable": true,
               "component_group_uuid": "5f0c6e1a-8d3b-4c1e-9f5e-0a1b2c3d4e5f",
               "schema": {"columns": {"type": "number", "pos": 0}, "items": {"type": "bloks", "pos": 1}}},
              {"name": "hero", "display_name": "Hero", "is_root": false, "is_nestable": true,
               "component_group_uuid": "5f0c6e1a-8d3b-4c1e-9f5e-0a1b2c3d4e5f",
               "schema": {"title": {"type": "text", "pos": 0, "translatable": true},
                          "subtitle": {"type": "textarea", "pos": 1},
                          "image": {"type": "asset", "pos": 2, "filetypes": ["images"]}}},
              {"name": "page", "is_root": true, "is_nestable": false,
               "schema": {"title": {"type": "text", "pos": 0},
                          "body": {"type": "bloks", "pos": 1, "restrict_components": true,
                                   "component_whitelist": ["cta", "feature_grid", "hero", "testimonial"]}}},
              {"name": "testimonial", "is_root": false, "is_nestable": true,
               "schema": {"quote": {"type": "textarea", "pos": 0}, "author": {"type": "text", "pos": 1}}}
             ]}""";

    static final String RENAME = "\"renames\": [{\"component\": \"hero\", \"from\": \"title\", \"to\": \"headline\"}]";

    Client admin;
    long spaceId;
    String publicToken;

    @BeforeEach
    void start() {
        admin = app.admin();
        var space = admin.post("/api/spaces", Map.of("name", "Nadia's site", "languages", List.of("de"))).json();
        spaceId = space.at("/space/id").asLong();
        for (var token : space.get("tokens")) {
            if (token.get("access").asText().equals("public")) publicToken = token.get("token").asText();
        }
        assertThat(apply(FILES).status()).isEqualTo(200);
    }

    private String path(String rest) {
        return "/api/spaces/" + spaceId + rest;
    }

    private Response plan(String body) {
        return admin.post(path("/schema/plan"), body);
    }

    private Response apply(String body) {
        return admin.post(path("/schema/apply"), body);
    }

    /** The files with {@code extra} keys added at the top level and the hero's title renamed in the schema. */
    private static String renamed(String extra) {
        return FILES.replace("\"title\": {\"type\": \"text\", \"pos\": 0, \"translatable\": true}",
                "\"headline\": {\"type\": \"text\", \"pos\": 0, \"translatable\": true}").replaceFirst("\\{", "{" + extra + ", ");
    }

    /** The files without the hero's image field. */
    private static String withoutImage(String extra) {
        return FILES.replaceAll(",\\s*\"image\": \\{[^}]*}", "")
                .replaceFirst("\\{", "{" + extra + (extra.isEmpty() ? "" : ", "));
    }

    private long story(String name, String title, String german) {
        var hero = Map.of("component", "hero", "_uid", "hero-" + name, "title", title, "title__i18n__de", german,
                "image", Map.of("filename", "https://cdn.example.com/" + name + ".png"));
        var content = Map.of("component", "page", "_uid", "page-" + name, "title", name, "body", List.of(hero));
        var created = admin.post(path("/stories"), Map.of("story", Map.of("name", name, "slug", name, "content", content)));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return created.json().at("/story/id").asLong();
    }

    private JsonNode read(long storyId) {
        return admin.get(path("/stories/" + storyId)).json().get("story");
    }

    private void publish(long storyId) {
        var version = read(storyId).get("version").asInt();
        assertThat(admin.post(path("/stories/" + storyId + "/publish"), Map.of("version", version)).status()).isEqualTo(200);
    }

    private void edit(long storyId, String title) {
        var story = read(storyId);
        var content = (ObjectNode) story.get("content");
        ((ObjectNode) content.at("/body/0")).put("title", title);
        var saved = admin.put(path("/stories/" + storyId), Map.of("story", Map.of("content", content), "version", story.get("version").asInt()));
        assertThat(saved.status()).as(saved.toString()).isEqualTo(200);
    }

    private JsonNode delivered(String slug) {
        var response = app.anonymous().get("/v2/cdn/stories/" + slug + "?token=" + publicToken);
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        return response.json().at("/story/content/body/0");
    }

    @Test
    void files_applied_to_an_empty_space_come_back_from_the_export_exactly() {
        var exported = admin.get(path("/schema"));

        assertThat(exported.status()).isEqualTo(200);
        assertThat(exported.json()).isEqualTo(Json.tree(FILES));
        assertThat(exported.json().get("components").findValuesAsText("name"))
                .containsExactly("cta", "feature_grid", "hero", "page", "testimonial");
        assertThat(plan(exported.text()).json().at("/plan/up_to_date").asBoolean()).isTrue();
    }

    @Test
    void renaming_a_field_keeps_its_content_in_drafts_published_versions_and_delivery() {
        long draftOnly = story("draft-only", "Draft words", "Entwurf");
        long published = story("published", "Live words", "Live-Worte");
        publish(published);
        long changed = story("changed", "Old live words", "Alte Worte");
        publish(changed);
        edit(changed, "New draft words");

        var plan = plan(renamed(RENAME));
        var applied = apply(renamed(RENAME));

        assertThat(plan.json().at("/plan/migrations/0/stories").asInt()).isEqualTo(3);
        assertThat(plan.json().at("/plan/loses_data").asBoolean()).isFalse();
        assertThat(plan.json().at("/plan/components/0/fields/0").toString())
                .isEqualTo("{\"change\":\"renamed\",\"key\":\"headline\",\"renamed_from\":\"title\",\"type\":\"text\",\"attributes\":[]}");
        assertThat(applied.status()).as(applied.toString()).isEqualTo(200);
        assertThat(applied.json().get("stories_migrated").asInt()).isEqualTo(3);
        assertThat(applied.json().get("stories_republished").asInt()).isEqualTo(2);

        var draft = read(draftOnly);
        assertThat(draft.at("/content/body/0/headline").asText()).isEqualTo("Draft words");
        assertThat(draft.at("/content/body/0/headline__i18n__de").asText()).isEqualTo("Entwurf");
        assertThat(draft.at("/content/body/0").has("title")).isFalse();
        assertThat(draft.get("version").asInt()).isEqualTo(2);
        assertThat(draft.get("published").asBoolean()).isFalse();
        assertThat(admin.get(path("/stories/" + draftOnly + "/versions/1")).json().at("/version/content/body/0/title").asText())
                .as("history is never rewritten").isEqualTo("Draft words");

        var live = read(published);
        assertThat(live.get("version").asInt()).isEqualTo(2);
        assertThat(live.get("published_version").asInt()).isEqualTo(2);
        assertThat(delivered("published").get("headline").asText()).isEqualTo("Live words");
        assertThat(delivered("published").has("title")).isFalse();

        var both = read(changed);
        assertThat(both.get("version").asInt()).as("rewritten published version, then rewritten draft").isEqualTo(4);
        assertThat(both.get("published_version").asInt()).isEqualTo(3);
        assertThat(both.get("unpublished_changes").asBoolean()).isTrue();
        assertThat(both.at("/content/body/0/headline").asText()).isEqualTo("New draft words");
        assertThat(delivered("changed").get("headline").asText()).isEqualTo("Old live words");

        var stale = admin.put(path("/stories/" + published), Map.of("story", Map.of("name", "x"), "version", 1));
        assertThat(stale.status()).as("an editor holding the old version must reload").isEqualTo(409);
    }

    @Test
    void dropping_data_is_refused_without_accept_data_loss_and_nothing_changes() {
        long storyId = story("home", "Hello", "Hallo");
        var before = admin.get(path("/schema")).json();

        var plan = plan(withoutImage(""));
        var refused = apply(withoutImage(""));

        assertThat(plan.json().at("/plan/loses_data").asBoolean()).isTrue();
        assertThat(plan.json().at("/plan/data_loss/0").toString()).isEqualTo(
                "{\"component\":\"hero\",\"field\":\"image\",\"reason\":\"field_removed\",\"stories\":1,\"examples\":[\"home\"]}");
        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.json().get("error").asText()).contains("hero.image in 1 story", "accept_data_loss");
        assertThat(refused.json().at("/details/0/field").asText()).isEqualTo("image");
        assertThat(admin.get(path("/schema")).json()).isEqualTo(before);
        assertThat(read(storyId).get("version").asInt()).isEqualTo(1);
        assertThat(read(storyId).at("/content/body/0/image/filename").asText()).endsWith("home.png");
    }

    @Test
    void accepting_the_data_loss_applies_it_and_the_old_values_stay_in_history() {
        long storyId = story("home", "Hello", "Hallo");

        var applied = apply(withoutImage("\"accept_data_loss\": true"));

        assertThat(applied.status()).as(applied.toString()).isEqualTo(200);
        assertThat(admin.get(path("/schema")).json().at("/components/2/schema").has("image")).isFalse();
        var story = read(storyId);
        assertThat(story.get("version").asInt()).isEqualTo(2);
        assertThat(story.at("/content/body/0").has("image")).isFalse();
        assertThat(story.at("/content/body/0/title").asText()).isEqualTo("Hello");
        assertThat(admin.get(path("/stories/" + storyId + "/versions/2")).json().at("/version/message").asText())
                .isEqualTo("Schema change: hero.image removed");
        assertThat(admin.get(path("/stories/" + storyId + "/versions/1")).json().at("/version/content/body/0/image/filename").asText())
                .endsWith("home.png");
    }

    @Test
    void applying_the_same_files_and_renames_twice_changes_nothing_the_second_time() {
        long storyId = story("home", "Hello", "Hallo");
        publish(storyId);
        assertThat(apply(renamed(RENAME)).status()).isEqualTo(200);
        var schema = admin.get(path("/components")).json();
        var story = read(storyId);

        var again = apply(renamed(RENAME));

        assertThat(again.status()).isEqualTo(200);
        assertThat(again.json().at("/plan/up_to_date").asBoolean()).isTrue();
        assertThat(again.json().at("/plan/components")).isEmpty();
        assertThat(again.json().get("stories_migrated").asInt()).isZero();
        assertThat(admin.get(path("/components")).json()).as("component versions did not rise").isEqualTo(schema);
        assertThat(read(storyId)).isEqualTo(story);
    }

    @Test
    void bad_files_and_bodies_are_refused_with_400_naming_the_problem_and_nothing_changes() {
        long storyId = story("home", "Hello", "Hallo");
        var before = admin.get(path("/schema")).json();

        var malformed = apply("{\"components\": [");
        var unknownType = apply(FILES.replace("\"type\": \"textarea\", \"pos\": 1}", "\"type\": \"txt\", \"pos\": 1}"));
        var badRename = apply(renamed("\"renames\": [{\"component\": \"hero\", \"from\": \"nope\", \"to\": \"headline\"}]"));
        var badFlag = apply(withoutImage("\"accept_data_loss\": \"yes\""));
        var noComponents = apply("{\"component_groups\": []}");

        assertThat(malformed.status()).isEqualTo(400);
        assertThat(unknownType.status()).isEqualTo(400);
        assertThat(unknownType.json().at("/details/0/path").asText()).isEqualTo("components[2].schema.subtitle.type");
        assertThat(unknownType.json().at("/details/0/message").asText()).isEqualTo("unknown field type \"txt\"");
        assertThat(badRename.status()).isEqualTo(400);
        assertThat(badRename.json().at("/details/0/path").asText()).isEqualTo("renames[0].from");
        assertThat(badFlag.status()).isEqualTo(400);
        assertThat(badFlag.json().at("/details/0/path").asText()).isEqualTo("accept_data_loss");
        assertThat(noComponents.status()).isEqualTo(400);
        assertThat(admin.post("/api/spaces/999999/schema/plan", FILES).status()).isEqualTo(404);
        assertThat(admin.get("/api/spaces/999999/schema").status()).isEqualTo(404);
        assertThat(admin.get("/api/spaces/abc/schema").status()).isEqualTo(400);
        assertThat(admin.get(path("/schema")).json()).isEqualTo(before);
        assertThat(read(storyId).get("version").asInt()).isEqualTo(1);
    }

    @Test
    void a_content_type_still_in_use_cannot_be_removed_even_accepting_data_loss() {
        long storyId = story("home", "Hello", "Hallo");
        var withoutPage = Json.tree(FILES);
        ((com.fasterxml.jackson.databind.node.ArrayNode) withoutPage.get("components")).remove(3);
        ((ObjectNode) withoutPage).put("accept_data_loss", true);

        var refused = apply(withoutPage.toString());

        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.json().get("error").asText()).contains("\"page\" is the content type of 1 story");
        assertThat(admin.get(path("/schema")).json().get("components")).hasSize(5);
        assertThat(read(storyId).get("version").asInt()).isEqualTo(1);
    }

    @Test
    void editors_and_viewers_may_not_plan_or_apply_but_may_export() {
        long storyId = story("home", "Hello", "Hallo");
        var before = admin.get(path("/schema")).json();
        var editor = app.as(Role.EDITOR);
        var viewer = app.as(Role.VIEWER);

        assertThat(editor.post(path("/schema/apply"), renamed(RENAME)).status()).isEqualTo(403);
        assertThat(editor.post(path("/schema/plan"), renamed(RENAME)).status()).isEqualTo(403);
        assertThat(viewer.post(path("/schema/apply"), renamed(RENAME)).status()).isEqualTo(403);
        assertThat(app.anonymous().post(path("/schema/apply"), renamed(RENAME)).status()).isEqualTo(401);
        assertThat(viewer.get(path("/schema")).json()).isEqualTo(before);
        assertThat(app.as(Role.DEVELOPER).post(path("/schema/plan"), renamed(RENAME)).status()).isEqualTo(200);
        assertThat(admin.get(path("/schema")).json()).isEqualTo(before);
        assertThat(read(storyId).get("version").asInt()).isEqualTo(1);
    }

    @Test
    void a_renamed_component_renames_its_bloks_in_every_story() {
        long storyId = story("home", "Hello", "Hallo");
        var files = FILES.replace("\"name\": \"hero\"", "\"name\": \"banner\"").replace("\"hero\", \"testimonial\"", "\"banner\", \"testimonial\"")
                .replaceFirst("\\{", "{\"component_renames\": [{\"from\": \"hero\", \"to\": \"banner\"}], ");

        var applied = apply(files);

        assertThat(applied.status()).as(applied.toString()).isEqualTo(200);
        assertThat(applied.json().at("/plan/components/0/renamed_from").asText()).isEqualTo("hero");
        assertThat(read(storyId).at("/content/body/0/component").asText()).isEqualTo("banner");
        assertThat(read(storyId).at("/content/body/0/title").asText()).isEqualTo("Hello");
        assertThat(apply(files).json().at("/plan/up_to_date").asBoolean()).isTrue();
    }
}
