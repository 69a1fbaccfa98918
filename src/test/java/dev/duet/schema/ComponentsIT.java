package dev.duet.schema;

import dev.duet.testing.OnBothDatabases;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.duet.access.Role;
import dev.duet.testing.Client;
import dev.duet.testing.TestApp;
import dev.duet.web.Json;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class ComponentsIT extends OnBothDatabases {

    Client admin;
    long spaceId;
    String components;

    @BeforeEach
    void start() {
        admin = app.admin();
        spaceId = admin.post("/api/spaces", Map.of("name", "Marketing site")).json().at("/space/id").asLong();
        components = "/api/spaces/" + spaceId + "/components";
    }

    @Test
    void creating_a_component_answers_it_with_version_1_and_an_etag() {
        var response = admin.post(components, Map.of("component", Map.of("name", "hero", "display_name", "Hero",
                "schema", Map.of("headline", Map.of("type", "text", "required", true)))));

        assertThat(response.status()).isEqualTo(201);
        var component = response.json().get("component");
        assertThat(component.get("name").asText()).isEqualTo("hero");
        assertThat(component.get("display_name").asText()).isEqualTo("Hero");
        assertThat(component.get("is_root").asBoolean()).isFalse();
        assertThat(component.get("is_nestable").asBoolean()).isTrue();
        assertThat(component.get("version").asInt()).isEqualTo(1);
        assertThat(component.get("space_id").asLong()).isEqualTo(spaceId);
        assertThat(component.at("/schema/headline/required").asBoolean()).isTrue();
        assertThat(component.get("created_at").asText()).isNotBlank();
        assertThat(response.header("ETag")).isEqualTo("\"1\"");
        assertThat(admin.get(components + "/" + component.get("id").asLong()).json().get("component")).isEqualTo(component);
    }

    @Test
    void a_schema_with_every_field_type_comes_back_exactly_as_it_was_sent() {
        create("cta", Map.of());
        create("page", Map.of("is_root", true));
        var group = admin.post("/api/spaces/" + spaceId + "/component_groups", Map.of("component_group", Map.of("name", "Widgets")))
                .json().at("/component_group/uuid").asText();
        var schema = Json.tree(SchemaTest.EVERY_TYPE.replace("6c9d2b7e-0000-4000-8000-000000000001", group));

        var created = admin.post(components, Map.of("component", Map.of("name", "kitchen_sink", "schema", schema)));
        var read = admin.get(components + "/" + created.json().at("/component/id").asLong());

        assertThat(created.status()).isEqualTo(201);
        assertThat(read.json().at("/component/schema")).isEqualTo(schema);
        assertThat(read.json().at("/component/schema").fieldNames()).toIterable().containsExactlyElementsOf(schema::fieldNames);
    }

    @Test
    void names_are_normalised_and_must_be_valid_and_unique_in_the_space() {
        assertThat(create("Feature Grid", Map.of()).get("name").asText()).isEqualTo("feature_grid");

        var invalid = admin.post(components, Map.of("component", Map.of("name", "feature/grid")));
        var taken = admin.post(components, Map.of("component", Map.of("name", "FEATURE grid")));

        assertThat(invalid.status()).isEqualTo(400);
        assertThat(invalid.json().at("/details/0/path").asText()).isEqualTo("name");
        assertThat(taken.status()).isEqualTo(409);
        assertThat(taken.json().get("error").asText()).contains("feature_grid");
        assertThat(names()).containsExactly("feature_grid");
    }

    @Test
    void the_same_name_may_be_used_in_another_space() {
        create("hero", Map.of());
        var other = admin.post("/api/spaces", Map.of("name", "Docs site")).json().at("/space/id").asLong();

        var response = admin.post("/api/spaces/" + other + "/components", Map.of("component", Map.of("name", "hero")));

        assertThat(response.status()).isEqualTo(201);
    }

    @Test
    void an_invalid_schema_is_refused_with_every_problem_and_nothing_is_stored() {
        var response = admin.post(components, Map.of("component", Map.of("name", "hero", "schema", Json.tree("""
                {"title": {"type": "txt"}, "Body": {"type": "bloks", "component_whitelist": ["teaser"]},
                 "_uid": {"type": "text"}}
                """))));

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().get("details")).extracting(JsonNode::toString).asString()
                .contains("\"schema.title.type\"", "unknown field type \\\"txt\\\"", "\"schema.Body\"", "\"schema._uid\"");
        assertThat(names()).isEmpty();
    }

    @Test
    void whitelists_must_name_components_of_the_space_or_the_component_itself() {
        create("teaser", Map.of());

        var dangling = admin.post(components, Map.of("component", Map.of("name", "section", "schema", Json.tree(
                "{\"body\": {\"type\": \"bloks\", \"component_whitelist\": [\"teaser\", \"section\", \"hero\"]}}"))));

        assertThat(dangling.status()).isEqualTo(400);
        assertThat(dangling.json().get("details")).hasSize(1);
        assertThat(dangling.json().at("/details/0/path").asText()).isEqualTo("schema.body.component_whitelist[2]");
        assertThat(dangling.json().at("/details/0/message").asText()).isEqualTo("no component \"hero\" in this space");
        assertThat(names()).containsExactly("teaser");
    }

    @Test
    void listing_filters_by_search_group_and_root_and_pages_with_total_headers() {
        var group = admin.post("/api/spaces/" + spaceId + "/component_groups", Map.of("component_group", Map.of("name", "Marketing")))
                .json().at("/component_group/uuid").asText();
        create("page", Map.of("is_root", true, "is_nestable", false));
        create("hero", Map.of("display_name", "Hero banner", "component_group_uuid", group));
        create("cta", Map.of("display_name", "Call to action", "component_group_uuid", group));
        create("hero_slider", Map.of());

        assertThat(names("?search=HERO")).containsExactly("hero", "hero_slider");
        assertThat(names("?search=banner")).containsExactly("hero");
        assertThat(names("?search=_")).containsExactly("hero_slider");
        assertThat(names("?group_uuid=" + group)).containsExactly("cta", "hero");
        assertThat(names("?is_root=true")).containsExactly("page");
        assertThat(names("?is_root=false&search=hero")).containsExactly("hero", "hero_slider");
        var page = admin.get(components + "?per_page=2&page=2");
        assertThat(page.header("total")).isEqualTo("4");
        assertThat(page.header("per-page")).isEqualTo("2");
        assertThat(page.json().get("components")).extracting(c -> c.get("name").asText()).containsExactly("hero_slider", "page");
        assertThat(page.json().at("/component_groups/0/name").asText()).isEqualTo("Marketing");
        assertThat(admin.get(components + "?is_root=maybe").status()).isEqualTo(400);
    }

    @Test
    void a_change_without_the_edited_version_is_refused_with_428_saying_how_to_send_it() {
        var hero = create("hero", Map.of());

        var response = admin.put(components + "/" + hero.get("id").asLong(), Map.of("component", Map.of("display_name", "Hero")));

        assertThat(response.status()).isEqualTo(428);
        assertThat(response.json().get("error").asText()).contains("If-Match", "\"version\"");
        assertThat(get(hero).get("display_name").isNull()).isTrue();
    }

    @Test
    void a_change_based_on_a_stale_version_is_refused_with_409_naming_the_current_version() {
        var hero = create("hero", Map.of());
        var url = components + "/" + hero.get("id").asLong();
        assertThat(admin.put(url, Map.of("version", 1, "component", Map.of("display_name", "First"))).status()).isEqualTo(200);

        var stale = admin.put(url, Map.of("version", 1, "component", Map.of("display_name", "Second")));

        assertThat(stale.status()).isEqualTo(409);
        assertThat(stale.json().at("/details/0/current_version").asInt()).isEqualTo(2);
        assertThat(get(hero).get("display_name").asText()).isEqualTo("First");
    }

    @Test
    void the_edited_version_may_come_as_if_match_header_or_inside_the_component() {
        var hero = create("hero", Map.of());
        var url = components + "/" + hero.get("id").asLong();

        var byHeader = new Client(app.base()).login(TestApp.ADMIN_EMAIL, TestApp.PASSWORD).header("If-Match", "\"1\"")
                .put(url, Map.of("component", Map.of("display_name", "Hero")));
        var echoed = get(hero);
        ((ObjectNode) echoed).put("is_root", true);
        var byComponent = admin.put(url, Map.of("component", echoed));

        assertThat(byHeader.status()).isEqualTo(200);
        assertThat(byHeader.header("ETag")).isEqualTo("\"2\"");
        assertThat(byComponent.status()).isEqualTo(200);
        assertThat(byComponent.json().at("/component/version").asInt()).isEqualTo(3);
        assertThat(byComponent.json().at("/component/is_root").asBoolean()).isTrue();
        assertThat(byComponent.json().at("/component/display_name").asText()).isEqualTo("Hero");
    }

    @Test
    void a_change_keeps_what_it_does_not_mention_and_null_clears_a_value() {
        var hero = create("hero", Map.of("display_name", "Hero", "color", "#1b243f",
                "schema", Map.of("headline", Map.of("type", "text"))));
        var url = components + "/" + hero.get("id").asLong();
        var changes = new HashMap<String, Object>();
        changes.put("color", null);
        changes.put("schema", Map.of("headline", Map.of("type", "text", "max_length", 40)));

        var changed = admin.put(url, Map.of("version", 1, "component", changes)).json().get("component");

        assertThat(changed.get("display_name").asText()).isEqualTo("Hero");
        assertThat(changed.get("color").isNull()).isTrue();
        assertThat(changed.at("/schema/headline/max_length").asInt()).isEqualTo(40);
        // timestamps are fixed-width ISO text, so text order is time order
        assertThat(changed.get("updated_at").asText()).isGreaterThanOrEqualTo(hero.get("updated_at").asText());
    }

    @Test
    void an_invalid_change_is_refused_and_changes_nothing() {
        create("cta", Map.of());
        var hero = create("hero", Map.of("schema", Map.of("headline", Map.of("type", "text"))));
        var url = components + "/" + hero.get("id").asLong();

        var badSchema = admin.put(url, Map.of("version", 1, "component", Map.of("schema", Map.of("headline", Map.of("type", "txt")))));
        var takenName = admin.put(url, Map.of("version", 1, "component", Map.of("name", "cta")));
        var badGroup = admin.put(url, Map.of("version", 1, "component", Map.of("component_group_uuid", "no-such-group")));

        assertThat(badSchema.status()).isEqualTo(400);
        assertThat(badSchema.json().at("/details/0/path").asText()).isEqualTo("schema.headline.type");
        assertThat(takenName.status()).isEqualTo(409);
        assertThat(badGroup.status()).isEqualTo(400);
        assertThat(badGroup.json().at("/details/0/path").asText()).isEqualTo("component_group_uuid");
        assertThat(get(hero)).isEqualTo(hero);
    }

    @Test
    void renaming_a_component_renames_it_in_the_whitelists_of_the_others() {
        var cta = create("cta", Map.of());
        var page = create("page", Map.of("is_root", true, "schema", Json.tree(
                "{\"body\": {\"type\": \"bloks\", \"restrict_components\": true, \"component_whitelist\": [\"cta\"]}}")));

        var renamed = admin.put(components + "/" + cta.get("id").asLong(), Map.of("version", 1, "component", Map.of("name", "Call to action")));

        assertThat(renamed.json().at("/component/name").asText()).isEqualTo("call_to_action");
        var pageNow = get(page);
        assertThat(pageNow.at("/schema/body/component_whitelist/0").asText()).isEqualTo("call_to_action");
        assertThat(pageNow.get("version").asInt()).isEqualTo(2);
    }

    @Test
    void deleting_needs_the_edited_version_and_then_the_component_is_gone() {
        var hero = create("hero", Map.of());
        var url = components + "/" + hero.get("id").asLong();

        assertThat(admin.delete(url).status()).isEqualTo(428);
        assertThat(admin.send("DELETE", url, Map.of("version", 7)).status()).isEqualTo(409);
        assertThat(names()).containsExactly("hero");

        assertThat(admin.send("DELETE", url, Map.of("version", 1)).status()).isEqualTo(204);
        assertThat(admin.get(url).status()).isEqualTo(404);
    }

    @Test
    void a_component_named_in_another_components_whitelist_cannot_be_deleted() {
        var cta = create("cta", Map.of());
        create("page", Map.of("is_root", true, "schema", Json.tree(
                "{\"body\": {\"type\": \"bloks\", \"restrict_components\": true, \"component_whitelist\": [\"cta\"]}}")));

        var response = new Client(app.base()).login(TestApp.ADMIN_EMAIL, TestApp.PASSWORD).header("If-Match", "1")
                .delete(components + "/" + cta.get("id").asLong());

        assertThat(response.status()).isEqualTo(409);
        assertThat(response.json().at("/details/0/component").asText()).isEqualTo("page");
        assertThat(response.json().at("/details/0/path").asText()).isEqualTo("schema.body.component_whitelist[0]");
        assertThat(names()).containsExactly("cta", "page");
    }

    @Test
    void viewers_and_editors_read_components_but_cannot_change_schemas() {
        var hero = create("hero", Map.of());
        var url = components + "/" + hero.get("id").asLong();
        for (var role : List.of(Role.VIEWER, Role.EDITOR, Role.APPROVER)) {
            var client = app.as(role);

            assertThat(client.get(components).status()).isEqualTo(200);
            assertThat(client.get(url).status()).isEqualTo(200);
            var created = client.post(components, Map.of("component", Map.of("name", "sneaky")));
            assertThat(created.status()).isEqualTo(403);
            assertThat(created.json().get("error").asText()).contains("schema:write");
            assertThat(client.put(url, Map.of("version", 1, "component", Map.of("name", "renamed"))).status()).isEqualTo(403);
            assertThat(client.send("DELETE", url, Map.of("version", 1)).status()).isEqualTo(403);
        }
        assertThat(get(hero)).isEqualTo(hero);
        assertThat(names()).containsExactly("hero");
    }

    @Test
    void developers_may_change_schemas() {
        var developer = app.as(Role.DEVELOPER);

        assertThat(developer.post(components, Map.of("component", Map.of("name", "hero"))).status()).isEqualTo(201);
    }

    @Test
    void unknown_spaces_and_components_answer_404() {
        var hero = create("hero", Map.of());
        var other = admin.post("/api/spaces", Map.of("name", "Docs site")).json().at("/space/id").asLong();

        assertThat(admin.get("/api/spaces/9999/components").status()).isEqualTo(404);
        assertThat(admin.post("/api/spaces/9999/components", Map.of("component", Map.of("name", "x"))).status()).isEqualTo(404);
        assertThat(admin.get(components + "/9999").status()).isEqualTo(404);
        assertThat(admin.put(components + "/9999", Map.of("version", 1, "component", Map.of("name", "x"))).status()).isEqualTo(404);
        assertThat(admin.send("DELETE", components + "/9999", Map.of("version", 1)).status()).isEqualTo(404);
        assertThat(admin.get("/api/spaces/" + other + "/components/" + hero.get("id").asLong()).status()).isEqualTo(404);
        assertThat(admin.get(components + "/abc").status()).isEqualTo(400);
    }

    @Test
    void malformed_bodies_are_refused_with_400_and_change_nothing() {
        var hero = create("hero", Map.of());
        var url = components + "/" + hero.get("id").asLong();

        var broken = admin.post(components, "{\"component\": {\"name\": \"cta\"");
        var notWrapped = admin.post(components, Map.of("name", "cta"));
        var notAnObject = admin.post(components, "[1]");
        var brokenChange = admin.put(url, "{\"version\": 1, \"component\": ");
        var badVersion = admin.put(url, Map.of("version", "one", "component", Map.of("name", "x")));
        var badIfMatch = new Client(app.base()).login(TestApp.ADMIN_EMAIL, TestApp.PASSWORD).header("If-Match", "*")
                .put(url, Map.of("component", Map.of("name", "x")));

        assertThat(List.of(broken, notWrapped, notAnObject, brokenChange, badVersion, badIfMatch))
                .allSatisfy(response -> assertThat(response.status()).as(response.text()).isEqualTo(400));
        assertThat(broken.json().get("error").asText()).startsWith("malformed JSON");
        assertThat(notWrapped.json().at("/details/0/path").asText()).isEqualTo("component");
        assertThat(badVersion.json().at("/details/0/path").asText()).isEqualTo("version");
        assertThat(badIfMatch.json().at("/details/0/path").asText()).isEqualTo("If-Match");
        assertThat(names()).containsExactly("hero");
        assertThat(get(hero)).isEqualTo(hero);
    }

    @Test
    void schema_changes_are_in_the_audit_log() {
        create("hero", Map.of());

        var entries = admin.get("/api/audit?action=POST%20/api/spaces/%7Bspace_id%7D/components").json().get("entries");

        assertThat(entries).hasSize(1);
        assertThat(entries.get(0).get("space_id").asLong()).isEqualTo(spaceId);
    }

    private JsonNode create(String name, Map<String, Object> fields) {
        var component = new HashMap<String, Object>(fields);
        component.put("name", name);
        var response = admin.post(components, Map.of("component", component));
        assertThat(response.status()).as(response.text()).isEqualTo(201);
        return response.json().get("component");
    }

    private JsonNode get(JsonNode component) {
        return admin.get(components + "/" + component.get("id").asLong()).json().get("component");
    }

    private List<String> names() {
        return names("");
    }

    private List<String> names(String query) {
        var response = admin.get(components + query);
        assertThat(response.status()).as(response.text()).isEqualTo(200);
        return response.json().get("components").findValuesAsText("name");
    }
}
