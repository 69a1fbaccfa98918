package dev.duet.datasources;

import dev.duet.testing.OnBothDatabases;
import dev.duet.access.Role;
import dev.duet.testing.Client;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class DatasourcesIT extends OnBothDatabases {

    Client admin;
    long spaceId;
    String datasources;

    @BeforeEach
    void start() {
        admin = app.admin();
        spaceId = admin.post("/api/spaces", Map.of("name", "Marketing site")).json().at("/space/id").asLong();
        datasources = "/api/spaces/" + spaceId + "/datasources";
    }

    private static Map<String, Object> datasource(Object... fields) {
        var body = new java.util.LinkedHashMap<String, Object>();
        for (int i = 0; i < fields.length; i += 2) body.put((String) fields[i], fields[i + 1]);
        return Map.of("datasource", body);
    }

    private static Map<String, String> dimension(String name, String key) {
        return Map.of("name", name, "entry_value", key);
    }

    private long create(String name, String slug) {
        var response = admin.post(datasources, datasource("name", name, "slug", slug));
        assertThat(response.status()).as(response.toString()).isEqualTo(201);
        return response.json().at("/datasource/id").asLong();
    }

    @Test
    void a_datasource_is_created_with_a_normalised_slug_and_its_dimensions_and_can_be_read_back() {
        var created = admin.post(datasources, datasource("name", "Product Colours", "slug", "Product Colours!",
                "dimensions", List.of(dimension("German", "de"), dimension("French", "fr"))));

        assertThat(created.status()).isEqualTo(201);
        var id = created.json().at("/datasource/id").asLong();
        var read = admin.get(datasources + "/" + id).json().get("datasource");
        assertThat(read.get("name").asText()).isEqualTo("Product Colours");
        assertThat(read.get("slug").asText()).isEqualTo("product-colours");
        assertThat(read.get("space_id").asLong()).isEqualTo(spaceId);
        assertThat(read.get("created_at").asText()).isNotBlank();
        assertThat(read.get("dimensions").findValuesAsText("entry_value")).containsExactly("de", "fr");
        assertThat(read.at("/dimensions/0/name").asText()).isEqualTo("German");
    }

    @Test
    void without_a_slug_the_name_gives_one() {
        var created = admin.post(datasources, datasource("name", "Button Styles"));

        assertThat(created.json().at("/datasource/slug").asText()).isEqualTo("button-styles");
    }

    @Test
    void the_list_is_paged_with_total_and_per_page_headers() {
        create("Colours", "colours");
        create("Countries", "countries");
        create("Button styles", "button-styles");

        var page = admin.get(datasources + "?per_page=2&page=2");

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.header("total")).isEqualTo("3");
        assertThat(page.header("per-page")).isEqualTo("2");
        assertThat(page.json().get("datasources").findValuesAsText("slug")).containsExactly("button-styles");
    }

    @Test
    void a_taken_slug_is_a_conflict_and_creates_nothing() {
        create("Colours", "colours");

        var response = admin.post(datasources, datasource("name", "Other colours", "slug", "COLOURS"));

        assertThat(response.status()).isEqualTo(409);
        assertThat(response.json().get("error").asText()).contains("datasource.slug", "colours");
        assertThat(admin.get(datasources).header("total")).isEqualTo("1");
    }

    @Test
    void the_same_slug_may_be_used_in_another_space() {
        create("Colours", "colours");
        var other = admin.post("/api/spaces", Map.of("name", "Shop")).json().at("/space/id").asLong();

        var response = admin.post("/api/spaces/" + other + "/datasources", datasource("name", "Colours", "slug", "colours"));

        assertThat(response.status()).isEqualTo(201);
    }

    @Test
    void updating_changes_only_the_given_fields_and_checks_the_new_slug() {
        var id = create("Colours", "colours");
        create("Countries", "countries");

        var renamed = admin.put(datasources + "/" + id, datasource("name", "Brand colours"));
        assertThat(renamed.status()).isEqualTo(200);
        assertThat(renamed.json().at("/datasource/slug").asText()).isEqualTo("colours");
        assertThat(renamed.json().at("/datasource/name").asText()).isEqualTo("Brand colours");

        var clash = admin.put(datasources + "/" + id, datasource("slug", "countries"));
        assertThat(clash.status()).isEqualTo(409);
        assertThat(admin.get(datasources + "/" + id).json().at("/datasource/slug").asText()).isEqualTo("colours");

        assertThat(admin.put(datasources + "/" + id, datasource("slug", "Brand Colours")).json().at("/datasource/slug").asText())
                .isEqualTo("brand-colours");
    }

    @Test
    void changing_dimensions_adds_renames_rekeys_and_removes_them_keeping_values_of_kept_ones() {
        var id = admin.post(datasources, datasource("name", "Colours", "dimensions",
                List.of(dimension("German", "de"), dimension("French", "fr")))).json().at("/datasource/id").asLong();
        var entries = datasources + "/" + id + "/entries";
        admin.post(entries, Map.of("datasource_entry", Map.of("name", "red", "value", "Red",
                "dimension_values", Map.of("de", "Rot", "fr", "Rouge"))));
        var german = admin.get(datasources + "/" + id).json().at("/datasource/dimensions/0/id").asLong();

        var response = admin.put(datasources + "/" + id, datasource("dimensions", List.of(
                Map.of("id", german, "name", "German (Austria)", "entry_value", "de-at"),
                dimension("Italian", "it"))));

        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        var dimensions = response.json().at("/datasource/dimensions");
        assertThat(dimensions.findValuesAsText("entry_value")).containsExactly("de-at", "it");
        assertThat(dimensions.get(0).get("id").asLong()).isEqualTo(german);
        var red = admin.get(entries).json().at("/datasource_entries/0/dimension_values");
        assertThat(red.get("de-at").asText()).isEqualTo("Rot");
        assertThat(red.has("fr")).isFalse();
        assertThat(red.has("de")).isFalse();
    }

    @Test
    void two_dimensions_can_swap_keys_in_one_change() {
        var id = admin.post(datasources, datasource("name", "Colours", "dimensions",
                List.of(dimension("German", "de"), dimension("French", "fr")))).json().at("/datasource/id").asLong();
        var ids = admin.get(datasources + "/" + id).json().at("/datasource/dimensions").findValuesAsText("id");

        var response = admin.put(datasources + "/" + id, datasource("dimensions", List.of(
                Map.of("id", Long.parseLong(ids.get(0)), "name", "German", "entry_value", "fr"),
                Map.of("id", Long.parseLong(ids.get(1)), "name", "French", "entry_value", "de"))));

        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        assertThat(response.json().at("/datasource/dimensions").findValuesAsText("entry_value")).containsExactly("fr", "de");
    }

    @Test
    void an_unknown_dimension_id_is_refused_and_changes_nothing() {
        var id = admin.post(datasources, datasource("name", "Colours", "dimensions", List.of(dimension("German", "de"))))
                .json().at("/datasource/id").asLong();

        var response = admin.put(datasources + "/" + id, datasource("name", "Renamed", "dimensions",
                List.of(Map.of("id", 999_999, "name", "Ghost", "entry_value", "xx"))));

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().at("/details/0/path").asText()).isEqualTo("datasource.dimensions[0].id");
        var unchanged = admin.get(datasources + "/" + id).json().get("datasource");
        assertThat(unchanged.get("name").asText()).isEqualTo("Colours");
        assertThat(unchanged.get("dimensions").findValuesAsText("entry_value")).containsExactly("de");
    }

    @Test
    void bad_inputs_are_refused_naming_the_field_and_create_nothing() {
        assertThat(admin.post(datasources, datasource("slug", "colours")).json().at("/details/0/path").asText())
                .isEqualTo("datasource.name");
        assertThat(admin.post(datasources, datasource("name", "  ")).json().at("/details/0/path").asText())
                .isEqualTo("datasource.name");
        assertThat(admin.post(datasources, datasource("name", "Colours", "slug", "???")).json().at("/details/0/path").asText())
                .isEqualTo("datasource.slug");
        assertThat(admin.post(datasources, datasource("name", "Colours", "dimensions", List.of(dimension("German", "DE!"))))
                .json().at("/details/0/path").asText()).isEqualTo("datasource.dimensions[0].entry_value");
        assertThat(admin.post(datasources, datasource("name", "Colours", "dimensions",
                List.of(dimension("German", "de"), dimension("Deutsch", "de")))).json().at("/details/0/path").asText())
                .isEqualTo("datasource.dimensions[1].entry_value");
        assertThat(admin.post(datasources, datasource("name", "Colours", "dimensions", "de")).json().at("/details/0/path").asText())
                .isEqualTo("datasource.dimensions");
        assertThat(admin.post(datasources, Map.of("name", "Colours")).json().at("/details/0/path").asText()).isEqualTo("datasource");
        var malformed = admin.post(datasources, "{\"datasource\": ");
        assertThat(malformed.status()).isEqualTo(400);
        assertThat(malformed.json().get("error").asText()).contains("malformed JSON");

        assertThat(admin.get(datasources).header("total")).isEqualTo("0");
    }

    @Test
    void unknown_ids_are_not_found_including_a_datasource_of_another_space() {
        var id = create("Colours", "colours");
        var other = admin.post("/api/spaces", Map.of("name", "Shop")).json().at("/space/id").asLong();
        var elsewhere = "/api/spaces/" + other + "/datasources/" + id;

        assertThat(admin.get(datasources + "/999999").status()).isEqualTo(404);
        assertThat(admin.get("/api/spaces/999999/datasources").status()).isEqualTo(404);
        assertThat(admin.get(elsewhere).status()).isEqualTo(404);
        assertThat(admin.put(elsewhere, datasource("name", "Hijacked")).status()).isEqualTo(404);
        assertThat(admin.delete(elsewhere).status()).isEqualTo(404);
        assertThat(admin.get(datasources + "/" + id).json().at("/datasource/name").asText()).isEqualTo("Colours");
        assertThat(admin.get(datasources + "/abc").json().at("/details/0/path").asText()).isEqualTo("datasource_id");
    }

    @Test
    void deleting_a_datasource_deletes_its_entries_and_raises_the_cache_version() {
        var id = create("Colours", "colours");
        admin.post(datasources + "/" + id + "/entries", Map.of("datasource_entry", Map.of("name", "red", "value", "Red")));
        var cvBefore = app.wiring.spaces.get(spaceId).cv();

        assertThat(admin.delete(datasources + "/" + id).status()).isEqualTo(204);

        assertThat(admin.get(datasources + "/" + id).status()).isEqualTo(404);
        assertThat(admin.get(datasources + "/" + id + "/entries").status()).isEqualTo(404);
        long orphans = app.wiring.database.read(h -> h.createQuery("SELECT COUNT(*) FROM datasource_entries").mapTo(Long.class).one());
        assertThat(orphans).isZero();
        assertThat(app.wiring.spaces.get(spaceId).cv()).isGreaterThan(cvBefore);
    }

    @Test
    void deleting_the_space_deletes_its_datasources() {
        create("Colours", "colours");

        assertThat(admin.delete("/api/spaces/" + spaceId).status()).isEqualTo(204);

        long left = app.wiring.database.read(h -> h.createQuery("SELECT COUNT(*) FROM datasources").mapTo(Long.class).one());
        assertThat(left).isZero();
    }

    @Test
    void viewers_and_approvers_read_but_cannot_write_and_editors_can() {
        var id = create("Colours", "colours");
        for (var role : List.of(Role.VIEWER, Role.APPROVER)) {
            var reader = app.as(role);
            assertThat(reader.get(datasources).status()).isEqualTo(200);
            assertThat(reader.get(datasources + "/" + id).status()).isEqualTo(200);
            assertThat(reader.post(datasources, datasource("name", "Sneaky")).status()).as(role.id()).isEqualTo(403);
            assertThat(reader.put(datasources + "/" + id, datasource("name", "Sneaky")).status()).as(role.id()).isEqualTo(403);
            assertThat(reader.delete(datasources + "/" + id).status()).as(role.id()).isEqualTo(403);
        }
        assertThat(admin.get(datasources).header("total")).isEqualTo("1");
        assertThat(admin.get(datasources + "/" + id).json().at("/datasource/name").asText()).isEqualTo("Colours");

        var editor = app.as(Role.EDITOR);
        assertThat(editor.post(datasources, datasource("name", "Countries")).status()).isEqualTo(201);
        assertThat(editor.put(datasources + "/" + id, datasource("name", "Brand colours")).status()).isEqualTo(200);
        assertThat(editor.delete(datasources + "/" + id).status()).isEqualTo(204);
    }

    @Test
    void anonymous_callers_are_refused() {
        assertThat(app.anonymous().get(datasources).status()).isEqualTo(401);
        assertThat(app.anonymous().post(datasources, datasource("name", "Colours")).status()).isEqualTo(401);
    }

    @Test
    void writes_are_audited() {
        create("Colours", "colours");

        var entries = admin.get("/api/audit?action=POST%20/api/spaces/%7Bspace_id%7D/datasources").json().get("entries");

        assertThat(entries).hasSize(1);
        assertThat(entries.get(0).get("space_id").asLong()).isEqualTo(spaceId);
    }
}
