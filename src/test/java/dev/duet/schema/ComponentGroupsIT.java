package dev.duet.schema;

import dev.duet.testing.OnBothDatabases;
import com.fasterxml.jackson.databind.JsonNode;
import dev.duet.access.Role;
import dev.duet.testing.Client;
import dev.duet.web.Json;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class ComponentGroupsIT extends OnBothDatabases {

    Client admin;
    long spaceId;
    String groups;

    @BeforeEach
    void start() {
        admin = app.admin();
        spaceId = admin.post("/api/spaces", Map.of("name", "Marketing site")).json().at("/space/id").asLong();
        groups = "/api/spaces/" + spaceId + "/component_groups";
    }

    @Test
    void groups_are_created_listed_renamed_and_deleted() {
        var created = admin.post(groups, Map.of("component_group", Map.of("name", " Layout ")));
        assertThat(created.status()).isEqualTo(201);
        var group = created.json().get("component_group");
        assertThat(group.get("name").asText()).isEqualTo("Layout");
        assertThat(group.get("uuid").asText()).hasSize(36);
        var url = groups + "/" + group.get("id").asLong();

        assertThat(admin.get(groups).json().get("component_groups")).containsExactly(group);
        var renamed = admin.put(url, Map.of("component_group", Map.of("name", "Page layout")));
        assertThat(renamed.json().at("/component_group/name").asText()).isEqualTo("Page layout");
        assertThat(renamed.json().at("/component_group/uuid").asText()).isEqualTo(group.get("uuid").asText());

        assertThat(admin.delete(url).status()).isEqualTo(204);
        assertThat(admin.get(url).status()).isEqualTo(404);
        assertThat(admin.get(groups).json().get("component_groups")).isEmpty();
    }

    @Test
    void group_names_are_required_and_unique_in_the_space() {
        var layout = group("Layout");
        group("Content");

        var blank = admin.post(groups, Map.of("component_group", Map.of("name", " ")));
        var taken = admin.post(groups, Map.of("component_group", Map.of("name", "Layout")));
        var renamedToTaken = admin.put(groups + "/" + layout.get("id").asLong(), Map.of("component_group", Map.of("name", "Content")));
        var renamedToItself = admin.put(groups + "/" + layout.get("id").asLong(), Map.of("component_group", Map.of("name", "Layout")));

        assertThat(blank.status()).isEqualTo(400);
        assertThat(blank.json().at("/details/0/path").asText()).isEqualTo("name");
        assertThat(taken.status()).isEqualTo(409);
        assertThat(renamedToTaken.status()).isEqualTo(409);
        assertThat(renamedToItself.status()).isEqualTo(200);
        assertThat(groupNames()).containsExactly("Content", "Layout");
    }

    @Test
    void deleting_a_group_ungroups_its_components_and_raises_their_versions() {
        var layout = group("Layout");
        var hero = component(Map.of("name", "hero", "component_group_uuid", layout.get("uuid").asText()));
        var cta = component(Map.of("name", "cta"));

        assertThat(admin.delete(groups + "/" + layout.get("id").asLong()).status()).isEqualTo(204);

        var heroNow = admin.get("/api/spaces/" + spaceId + "/components/" + hero.get("id").asLong()).json().get("component");
        assertThat(heroNow.get("component_group_uuid").isNull()).isTrue();
        assertThat(heroNow.get("version").asInt()).isEqualTo(2);
        var ctaNow = admin.get("/api/spaces/" + spaceId + "/components/" + cta.get("id").asLong()).json().get("component");
        assertThat(ctaNow).isEqualTo(cta);
    }

    @Test
    void a_group_that_a_bloks_field_is_restricted_to_cannot_be_deleted() {
        var widgets = group("Widgets");
        component(Map.of("name", "page", "schema", Json.tree("""
                {"sidebar": {"type": "bloks", "restrict_components": true, "restrict_type": "groups",
                             "component_group_whitelist": ["%s"]}}
                """.formatted(widgets.get("uuid").asText()))));

        var response = admin.delete(groups + "/" + widgets.get("id").asLong());

        assertThat(response.status()).isEqualTo(409);
        assertThat(response.json().at("/details/0/path").asText()).isEqualTo("schema.sidebar.component_group_whitelist[0]");
        assertThat(groupNames()).containsExactly("Widgets");
    }

    @Test
    void components_can_only_join_groups_of_their_space() {
        var other = admin.post("/api/spaces", Map.of("name", "Docs")).json().at("/space/id").asLong();
        var foreign = admin.post("/api/spaces/" + other + "/component_groups", Map.of("component_group", Map.of("name", "Docs")))
                .json().at("/component_group/uuid").asText();

        var response = admin.post("/api/spaces/" + spaceId + "/components",
                Map.of("component", Map.of("name", "hero", "component_group_uuid", foreign)));

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().at("/details/0/path").asText()).isEqualTo("component_group_uuid");
    }

    @Test
    void viewers_and_editors_read_groups_but_cannot_change_them() {
        var layout = group("Layout");
        var url = groups + "/" + layout.get("id").asLong();
        for (var role : List.of(Role.VIEWER, Role.EDITOR)) {
            var client = app.as(role);

            assertThat(client.get(groups).status()).isEqualTo(200);
            assertThat(client.get(url).status()).isEqualTo(200);
            assertThat(client.post(groups, Map.of("component_group", Map.of("name", "Mine"))).status()).isEqualTo(403);
            assertThat(client.put(url, Map.of("component_group", Map.of("name", "Mine"))).status()).isEqualTo(403);
            assertThat(client.delete(url).status()).isEqualTo(403);
        }
        assertThat(groupNames()).containsExactly("Layout");
    }

    @Test
    void unknown_groups_and_spaces_answer_404_and_malformed_bodies_400() {
        var layout = group("Layout");
        var url = groups + "/" + layout.get("id").asLong();

        assertThat(admin.get(groups + "/9999").status()).isEqualTo(404);
        assertThat(admin.put(groups + "/9999", Map.of("component_group", Map.of("name", "X"))).status()).isEqualTo(404);
        assertThat(admin.delete(groups + "/9999").status()).isEqualTo(404);
        assertThat(admin.get("/api/spaces/9999/component_groups").status()).isEqualTo(404);
        assertThat(admin.post(groups, "{\"component_group\": ").status()).isEqualTo(400);
        assertThat(admin.post(groups, Map.of("name", "Unwrapped")).json().at("/details/0/path").asText()).isEqualTo("component_group");
        assertThat(admin.put(url, Map.of("component_group", Map.of("name", 5))).status()).isEqualTo(400);
        assertThat(groupNames()).containsExactly("Layout");
    }

    private JsonNode group(String name) {
        var response = admin.post(groups, Map.of("component_group", Map.of("name", name)));
        assertThat(response.status()).as(response.text()).isEqualTo(201);
        return response.json().get("component_group");
    }

    private JsonNode component(Map<String, Object> component) {
        var response = admin.post("/api/spaces/" + spaceId + "/components", Map.of("component", component));
        assertThat(response.status()).as(response.text()).isEqualTo(201);
        return response.json().get("component");
    }

    private List<String> groupNames() {
        return admin.get(groups).json().get("component_groups").findValuesAsText("name");
    }
}
