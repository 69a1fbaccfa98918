package dev.duet.datasources;

import dev.duet.testing.OnBothDatabases;
import com.fasterxml.jackson.databind.JsonNode;
import dev.duet.access.Role;
import dev.duet.testing.Client;
import dev.duet.testing.Response;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

class DatasourceEntriesIT extends OnBothDatabases {

    Client admin;
    long spaceId;
    long datasourceId;
    String datasource;
    String entries;

    @BeforeEach
    void start() {
        admin = app.admin();
        spaceId = admin.post("/api/spaces", Map.of("name", "Marketing site")).json().at("/space/id").asLong();
        datasourceId = admin.post("/api/spaces/" + spaceId + "/datasources", Map.of("datasource", Map.of(
                        "name", "Colours", "dimensions", List.of(Map.of("name", "German", "entry_value", "de"),
                                Map.of("name", "French", "entry_value", "fr")))))
                .json().at("/datasource/id").asLong();
        datasource = "/api/spaces/" + spaceId + "/datasources/" + datasourceId;
        entries = datasource + "/entries";
    }

    static Map<String, Object> entry(String name, String value, Map<String, String> dimensionValues) {
        var fields = new HashMap<String, Object>();
        if (name != null) fields.put("name", name);
        if (value != null) fields.put("value", value);
        if (dimensionValues != null) fields.put("dimension_values", dimensionValues);
        return Map.of("datasource_entry", fields);
    }

    private long add(String name, String value, Map<String, String> dimensionValues) {
        var response = admin.post(entries, entry(name, value, dimensionValues));
        assertThat(response.status()).as(response.toString()).isEqualTo(201);
        return response.json().at("/datasource_entry/id").asLong();
    }

    private List<String> names() {
        return admin.get(entries + "?per_page=100").json().get("datasource_entries").findValuesAsText("name");
    }

    private JsonNode only(Response response) {
        return response.json().get("datasource_entry");
    }

    @Test
    void entries_are_appended_in_order_and_read_back_with_their_dimension_values() {
        add("red", "Red", Map.of("de", "Rot", "fr", "Rouge"));
        add("green", "Green", null);
        var blue = add("blue", null, null);

        var listed = admin.get(entries).json().get("datasource_entries");
        assertThat(listed.findValuesAsText("name")).containsExactly("red", "green", "blue");
        assertThat(listed.findValuesAsText("position")).containsExactly("1", "2", "3");
        assertThat(listed.get(0).get("dimension_values").get("fr").asText()).isEqualTo("Rouge");
        assertThat(listed.get(0).get("dimension_value").isNull()).isTrue();

        var read = only(admin.get(entries + "/" + blue));
        assertThat(read.get("value").asText()).isEmpty();
        assertThat(read.get("datasource_id").asLong()).isEqualTo(datasourceId);
    }

    @Test
    void a_dimension_parameter_gives_each_entry_its_value_in_that_dimension() {
        add("red", "Red", Map.of("de", "Rot"));
        var green = add("green", "Green", Map.of("fr", "Vert"));

        var german = admin.get(entries + "?dimension=de").json().get("datasource_entries");
        assertThat(german.get(0).get("dimension_value").asText()).isEqualTo("Rot");
        assertThat(german.get(1).get("dimension_value").isNull()).isTrue();
        assertThat(only(admin.get(entries + "/" + green + "?dimension=fr")).get("dimension_value").asText()).isEqualTo("Vert");

        var unknown = admin.get(entries + "?dimension=es");
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(unknown.json().at("/details/0/path").asText()).isEqualTo("dimension");
        assertThat(unknown.json().get("error").asText()).contains("de, fr");
    }

    @Test
    void updating_changes_only_the_given_fields_and_dimension_keys() {
        var red = add("red", "Red", Map.of("de", "Rot", "fr", "Rouge"));
        var removeFrench = new HashMap<String, String>();
        removeFrench.put("fr", null);
        removeFrench.put("de", "Knallrot");

        var updated = admin.put(entries + "/" + red, entry(null, null, removeFrench));

        assertThat(updated.status()).isEqualTo(200);
        assertThat(only(updated).get("name").asText()).isEqualTo("red");
        assertThat(only(updated).get("value").asText()).isEqualTo("Red");
        assertThat(only(updated).get("dimension_values").toString()).isEqualTo("{\"de\":\"Knallrot\"}");

        var renamed = only(admin.put(entries + "/" + red, entry("crimson", "Crimson", null)));
        assertThat(renamed.get("name").asText()).isEqualTo("crimson");
        assertThat(renamed.get("dimension_values").get("de").asText()).isEqualTo("Knallrot");
    }

    @Test
    void entry_names_are_unique_in_a_datasource_and_a_clash_changes_nothing() {
        add("red", "Red", null);
        var green = add("green", "Green", null);

        var duplicate = admin.post(entries, entry("red", "Another red", null));
        assertThat(duplicate.status()).isEqualTo(409);
        assertThat(duplicate.json().get("error").asText()).contains("datasource_entry.name", "red");

        var rename = admin.put(entries + "/" + green, entry("red", "Changed", Map.of("de", "Grün")));
        assertThat(rename.status()).isEqualTo(409);

        var stillGreen = only(admin.get(entries + "/" + green));
        assertThat(stillGreen.get("name").asText()).isEqualTo("green");
        assertThat(stillGreen.get("value").asText()).isEqualTo("Green");
        assertThat(stillGreen.get("dimension_values").isEmpty()).isTrue();
        assertThat(names()).containsExactly("red", "green");
        assertThat(admin.put(entries + "/" + green, entry("green", "Still green", null)).status()).isEqualTo(200);
    }

    @Test
    void search_finds_names_and_values_ignoring_case_and_pages_the_result() {
        add("red", "Red", null);
        add("dark-red", "Dark red", null);
        add("green", "Green", null);
        add("sale", "50% off", null);
        add("sale_blue", "Blue", null);

        var page = admin.get(entries + "?search=RED&per_page=1&page=2");
        assertThat(page.header("total")).isEqualTo("2");
        assertThat(page.header("per-page")).isEqualTo("1");
        assertThat(page.json().get("datasource_entries").findValuesAsText("name")).containsExactly("dark-red");

        assertThat(admin.get(entries + "?search=%25").json().get("datasource_entries").findValuesAsText("name"))
                .containsExactly("sale");
        assertThat(admin.get(entries + "?search=_").json().get("datasource_entries").findValuesAsText("name"))
                .containsExactly("sale_blue");
        assertThat(admin.get(entries + "?per_page=0").status()).isEqualTo(400);
        assertThat(admin.get(entries + "?search=red%00").json().at("/details/0/path").asText()).isEqualTo("search");
    }

    @Test
    void moving_an_entry_shifts_the_others_both_ways() {
        add("red", "Red", null);
        add("green", "Green", null);
        var blue = add("blue", "Blue", null);
        add("yellow", "Yellow", null);

        var moved = admin.post(entries + "/" + blue + "/move", Map.of("position", 1));
        assertThat(moved.status()).isEqualTo(200);
        assertThat(only(moved).get("position").asInt()).isEqualTo(1);
        assertThat(names()).containsExactly("blue", "red", "green", "yellow");

        admin.post(entries + "/" + blue + "/move", Map.of("position", 4));
        assertThat(names()).containsExactly("red", "green", "yellow", "blue");
        assertThat(admin.get(entries).json().get("datasource_entries").findValuesAsText("position"))
                .containsExactly("1", "2", "3", "4");
    }

    @Test
    void a_move_outside_the_list_or_without_a_position_is_refused_and_changes_nothing() {
        add("red", "Red", null);
        var green = add("green", "Green", null);

        var tooFar = admin.post(entries + "/" + green + "/move", Map.of("position", 3));
        assertThat(tooFar.status()).isEqualTo(400);
        assertThat(tooFar.json().get("error").asText()).contains("position", "between 1 and 2");
        assertThat(admin.post(entries + "/" + green + "/move", Map.of("position", 0)).status()).isEqualTo(400);
        assertThat(admin.post(entries + "/" + green + "/move", Map.of()).json().at("/details/0/path").asText()).isEqualTo("position");
        assertThat(admin.post(entries + "/" + green + "/move", Map.of("position", "first")).json().at("/details/0/path").asText())
                .isEqualTo("position");

        assertThat(names()).containsExactly("red", "green");
    }

    @Test
    void deleting_an_entry_closes_the_gap_in_the_positions() {
        add("red", "Red", Map.of("de", "Rot"));
        var green = add("green", "Green", null);
        add("blue", "Blue", null);

        assertThat(admin.delete(entries + "/" + green).status()).isEqualTo(204);

        assertThat(admin.get(entries + "/" + green).status()).isEqualTo(404);
        var listed = admin.get(entries).json().get("datasource_entries");
        assertThat(listed.findValuesAsText("name")).containsExactly("red", "blue");
        assertThat(listed.findValuesAsText("position")).containsExactly("1", "2");
        var blue = listed.get(1).get("id").asLong();
        admin.post(entries + "/" + blue + "/move", Map.of("position", 1));
        assertThat(names()).containsExactly("blue", "red");
    }

    @Test
    void bad_entries_are_refused_naming_the_field_and_change_nothing() {
        var red = add("red", "Red", null);

        assertThat(admin.post(entries, entry(null, "No name", null)).json().at("/details/0/path").asText())
                .isEqualTo("datasource_entry.name");
        assertThat(admin.post(entries, entry(" ", "Blank", null)).json().at("/details/0/path").asText())
                .isEqualTo("datasource_entry.name");
        assertThat(admin.post(entries, entry("long", "x".repeat(10_001), null)).json().at("/details/0/path").asText())
                .isEqualTo("datasource_entry.value");
        assertThat(admin.post(entries, entry("long", "x", Map.of("de", "y".repeat(10_001)))).json().at("/details/0/path").asText())
                .isEqualTo("datasource_entry.dimension_values.de");
        assertThat(admin.post(entries, entry("rosso", "Rosso", Map.of("it", "Rosso"))).json().at("/details/0/path").asText())
                .isEqualTo("datasource_entry.dimension_values.it");
        assertThat(admin.post(entries, Map.of("datasource_entry", Map.of("name", List.of("a")))).json().at("/details/0/path").asText())
                .isEqualTo("datasource_entry.name");
        assertThat(admin.post(entries, Map.of("name", "unwrapped")).json().at("/details/0/path").asText())
                .isEqualTo("datasource_entry");
        assertThat(admin.post(entries, entry("nul", "a\u0000b", null)).json().at("/details/0/path").asText())
                .isEqualTo("datasource_entry.value");
        assertThat(admin.post(entries, entry("tab\tname", "Tab", null)).json().at("/details/0/path").asText())
                .isEqualTo("datasource_entry.name");
        assertThat(admin.post(entries, "{not json").status()).isEqualTo(400);
        assertThat(admin.put(entries + "/" + red, entry("", "Changed", null)).status()).isEqualTo(400);
        assertThat(admin.put(entries + "/" + red, entry(null, "Changed", Map.of("it", "Rosso"))).status()).isEqualTo(400);

        assertThat(names()).containsExactly("red");
        var unchanged = only(admin.get(entries + "/" + red));
        assertThat(unchanged.get("value").asText()).isEqualTo("Red");
        assertThat(unchanged.get("dimension_values").isEmpty()).isTrue();
    }

    @Test
    void a_value_of_exactly_ten_thousand_characters_is_kept_whole() {
        var id = add("long", "x".repeat(10_000), null);

        assertThat(only(admin.get(entries + "/" + id)).get("value").asText()).hasSize(10_000);
    }

    @Test
    void unknown_ids_are_not_found_including_entries_of_other_datasources_and_spaces() {
        var red = add("red", "Red", null);
        var otherDatasource = admin.post("/api/spaces/" + spaceId + "/datasources", Map.of("datasource", Map.of("name", "Sizes")))
                .json().at("/datasource/id").asLong();
        var otherSpace = admin.post("/api/spaces", Map.of("name", "Shop")).json().at("/space/id").asLong();
        var viaOtherDatasource = "/api/spaces/" + spaceId + "/datasources/" + otherDatasource + "/entries/" + red;
        var viaOtherSpace = "/api/spaces/" + otherSpace + "/datasources/" + datasourceId + "/entries/" + red;

        for (var path : List.of(entries + "/999999", viaOtherDatasource, viaOtherSpace)) {
            assertThat(admin.get(path).status()).as(path).isEqualTo(404);
            assertThat(admin.put(path, entry("hijacked", "Hijacked", null)).status()).as(path).isEqualTo(404);
            assertThat(admin.post(path + "/move", Map.of("position", 1)).status()).as(path).isEqualTo(404);
            assertThat(admin.delete(path).status()).as(path).isEqualTo(404);
        }
        assertThat(admin.get("/api/spaces/" + spaceId + "/datasources/999999/entries").status()).isEqualTo(404);
        assertThat(admin.post("/api/spaces/" + otherSpace + "/datasources/" + datasourceId + "/entries",
                entry("sneaky", "Sneaky", null)).status()).isEqualTo(404);
        assertThat(admin.get(entries + "/abc").json().at("/details/0/path").asText()).isEqualTo("entry_id");
        assertThat(only(admin.get(entries + "/" + red)).get("name").asText()).isEqualTo("red");
        assertThat(names()).containsExactly("red");
    }

    @Test
    void viewers_and_approvers_read_entries_but_cannot_change_them_and_editors_can() {
        var red = add("red", "Red", null);
        var bulk = Map.of("datasource_entries", List.of(Map.of("name", "blue", "value", "Blue")));
        for (var role : List.of(Role.VIEWER, Role.APPROVER)) {
            var reader = app.as(role);
            assertThat(reader.get(entries).status()).isEqualTo(200);
            assertThat(reader.get(entries + "/" + red).status()).isEqualTo(200);
            assertThat(reader.post(entries, entry("green", "Green", null)).status()).as(role.id()).isEqualTo(403);
            assertThat(reader.put(entries + "/" + red, entry(null, "Changed", null)).status()).as(role.id()).isEqualTo(403);
            assertThat(reader.post(entries + "/" + red + "/move", Map.of("position", 1)).status()).as(role.id()).isEqualTo(403);
            assertThat(reader.post(entries + "/bulk", bulk).status()).as(role.id()).isEqualTo(403);
            assertThat(reader.delete(entries + "/" + red).status()).as(role.id()).isEqualTo(403);
        }
        assertThat(names()).containsExactly("red");
        assertThat(only(admin.get(entries + "/" + red)).get("value").asText()).isEqualTo("Red");

        var editor = app.as(Role.EDITOR);
        var green = editor.post(entries, entry("green", "Green", null));
        assertThat(green.status()).isEqualTo(201);
        assertThat(editor.put(entries + "/" + red, entry(null, "Changed", null)).status()).isEqualTo(200);
        assertThat(editor.post(entries + "/" + red + "/move", Map.of("position", 2)).status()).isEqualTo(200);
        assertThat(editor.delete(entries + "/" + only(green).get("id").asLong()).status()).isEqualTo(204);
        assertThat(editor.post(entries + "/bulk", bulk).status()).isEqualTo(200);
        assertThat(names()).containsExactly("blue");
    }

    @Test
    void a_token_without_the_datasource_scope_reads_but_cannot_write() {
        add("red", "Red", null);
        var secret = admin.post("/api/tokens", Map.of("name", "site build", "scopes", List.of("content:read")))
                .json().get("secret").asText();
        var token = app.anonymous().bearer(secret);

        assertThat(token.get(entries).status()).isEqualTo(200);
        assertThat(token.post(entries, entry("green", "Green", null)).status()).isEqualTo(403);
        assertThat(names()).containsExactly("red");
    }

    @Test
    void concurrent_writes_keep_names_unique_and_positions_contiguous() throws Exception {
        var threads = 8;
        var sameName = new ArrayList<Future<Integer>>();
        var distinct = new ArrayList<Future<Integer>>();
        try (var pool = Executors.newFixedThreadPool(threads)) {
            for (int i = 0; i < threads; i++) {
                var n = i;
                sameName.add(pool.submit(() -> admin.post(entries, entry("red", "Red " + n, null)).status()));
                distinct.add(pool.submit(() -> admin.post(entries, entry("colour-" + n, "Colour " + n, null)).status()));
            }
        }

        var sameNameStatuses = new ArrayList<Integer>();
        for (var status : sameName) sameNameStatuses.add(status.get());
        for (var status : distinct) assertThat(status.get()).isEqualTo(201);
        assertThat(sameNameStatuses).containsOnlyOnce(201).containsOnly(201, 409);
        var positions = admin.get(entries + "?per_page=100").json().get("datasource_entries").findValuesAsText("position");
        assertThat(positions).containsExactlyElementsOf(IntStream.rangeClosed(1, threads + 1).mapToObj(String::valueOf).toList());
    }

    @Test
    void changing_entries_raises_the_spaces_cache_version() {
        var before = app.wiring.spaces.get(spaceId).cv();

        add("red", "Red", null);

        assertThat(app.wiring.spaces.get(spaceId).cv()).isGreaterThan(before);
    }
}
