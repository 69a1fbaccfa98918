package dev.duet.content;

import dev.duet.testing.OnBothDatabases;
import dev.duet.access.Role;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class SpacesIT extends OnBothDatabases {

    @Test
    void a_new_space_has_languages_a_cache_version_and_a_public_and_a_preview_token() {
        var response = app.admin().post("/api/spaces", Map.of("name", "Acme", "default_language", "en",
                "languages", List.of("de", "fr"), "preview_url", "https://www.acme.test/"));

        assertThat(response.status()).isEqualTo(201);
        var space = response.json().get("space");
        assertThat(space.get("languages")).hasSize(2);
        assertThat(space.get("cv").asLong()).isPositive();
        assertThat(response.json().get("tokens").findValuesAsText("access")).containsExactlyInAnyOrder("public", "preview");
    }

    @Test
    void settings_can_be_changed_and_unknown_spaces_are_404() {
        var admin = app.admin();
        var id = admin.post("/api/spaces", Map.of("name", "Acme")).json().at("/space/id").asLong();

        var changed = admin.patch("/api/spaces/" + id, Map.of("name", "Acme Inc", "languages", List.of("de")));

        assertThat(changed.json().at("/space/name").asText()).isEqualTo("Acme Inc");
        assertThat(changed.json().at("/space/languages/0").asText()).isEqualTo("de");
        assertThat(admin.get("/api/spaces/999999").status()).isEqualTo(404);
    }

    @Test
    void bad_settings_are_named_and_change_nothing() {
        var admin = app.admin();
        var id = admin.post("/api/spaces", Map.of("name", "Acme")).json().at("/space/id").asLong();

        var badLanguage = admin.patch("/api/spaces/" + id, Map.of("languages", List.of("de", "Deutsch!")));
        var badUrl = admin.patch("/api/spaces/" + id, Map.of("preview_url", "javascript:alert(1)"));
        var duplicate = admin.patch("/api/spaces/" + id, Map.of("languages", List.of("de", "de")));

        assertThat(badLanguage.status()).isEqualTo(400);
        assertThat(badLanguage.json().at("/details/0/path").asText()).isEqualTo("languages[1]");
        assertThat(badUrl.json().at("/details/0/path").asText()).isEqualTo("preview_url");
        assertThat(duplicate.json().at("/details/0/message").asText()).contains("listed twice");
        assertThat(app.wiring.spaces.get(id).languages()).isEmpty();
    }

    @Test
    void delivery_tokens_can_be_added_and_removed_by_developers_but_not_seen_by_editors() {
        var admin = app.admin();
        var id = admin.post("/api/spaces", Map.of("name", "Acme")).json().at("/space/id").asLong();
        var developer = app.as(Role.DEVELOPER);

        var created = developer.post("/api/spaces/" + id + "/delivery_tokens", Map.of("access", "preview"));
        var token = created.json().at("/token/token").asText();

        assertThat(created.status()).isEqualTo(201);
        assertThat(developer.get("/api/spaces/" + id + "/delivery_tokens").json().get("tokens")).hasSize(3);
        assertThat(app.as(Role.EDITOR).get("/api/spaces/" + id + "/delivery_tokens").status()).isEqualTo(403);
        assertThat(developer.post("/api/spaces/" + id + "/delivery_tokens", Map.of("access", "admin")).status()).isEqualTo(400);
        assertThat(developer.delete("/api/spaces/" + id + "/delivery_tokens/" + token).status()).isEqualTo(204);
        assertThat(developer.get("/api/spaces/" + id + "/delivery_tokens").json().get("tokens")).hasSize(2);
    }

    @Test
    void viewers_read_spaces_but_cannot_create_change_or_delete_them() {
        var admin = app.admin();
        var id = admin.post("/api/spaces", Map.of("name", "Acme")).json().at("/space/id").asLong();
        var viewer = app.as(Role.VIEWER);

        assertThat(viewer.get("/api/spaces/" + id).status()).isEqualTo(200);
        assertThat(viewer.post("/api/spaces", Map.of("name", "Mine")).status()).isEqualTo(403);
        assertThat(viewer.patch("/api/spaces/" + id, Map.of("name", "Renamed")).status()).isEqualTo(403);
        assertThat(viewer.delete("/api/spaces/" + id).status()).isEqualTo(403);
        assertThat(app.wiring.spaces.list()).extracting(Space::name).containsExactly("Acme");
    }

    @Test
    void deleting_a_space_removes_it() {
        var admin = app.admin();
        var id = admin.post("/api/spaces", Map.of("name", "Short-lived")).json().at("/space/id").asLong();

        assertThat(admin.delete("/api/spaces/" + id).status()).isEqualTo(204);
        assertThat(admin.get("/api/spaces/" + id).status()).isEqualTo(404);
    }
}
