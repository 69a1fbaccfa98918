package dev.duet.datasources;

import dev.duet.testing.OnBothDatabases;
import dev.duet.testing.Client;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static dev.duet.datasources.DatasourceEntriesIT.entry;
import static org.assertj.core.api.Assertions.assertThat;

class DatasourceBulkIT extends OnBothDatabases {

    Client admin;
    long spaceId;
    String entries;

    @BeforeEach
    void start() {
        admin = app.admin();
        spaceId = admin.post("/api/spaces", Map.of("name", "Marketing site")).json().at("/space/id").asLong();
        var datasourceId = admin.post("/api/spaces/" + spaceId + "/datasources", Map.of("datasource", Map.of(
                        "name", "Countries", "dimensions", List.of(Map.of("name", "German", "entry_value", "de")))))
                .json().at("/datasource/id").asLong();
        entries = "/api/spaces/" + spaceId + "/datasources/" + datasourceId + "/entries";
    }

    private long add(String name, String value, Map<String, String> dimensionValues) {
        return admin.post(entries, entry(name, value, dimensionValues)).json().at("/datasource_entry/id").asLong();
    }

    private static Map<String, Object> bulk(List<?> entries) {
        return Map.of("datasource_entries", entries);
    }

    private String listing() {
        return admin.get(entries + "?per_page=100").json().get("datasource_entries").toString();
    }

    @Test
    void a_bulk_replacement_makes_the_list_the_entries_in_its_order_keeping_ids_of_kept_names() {
        var austria = add("at", "Austria", Map.of("de", "Österreich"));
        add("ch", "Switzerland", null);
        var germany = add("de", "Germany", Map.of("de", "Deutschland"));

        var response = admin.post(entries + "/bulk", bulk(List.of(
                Map.of("name", "de", "value", "Germany", "dimension_values", Map.of("de", "Deutschland")),
                Map.of("name", "fr", "value", "France", "dimension_values", Map.of("de", "Frankreich")),
                Map.of("name", "at", "value", "Republic of Austria"))));

        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        assertThat(response.json().get("datasource_entries_count").asInt()).isEqualTo(3);
        var listed = admin.get(entries + "?dimension=de").json().get("datasource_entries");
        assertThat(listed.findValuesAsText("name")).containsExactly("de", "fr", "at");
        assertThat(listed.findValuesAsText("position")).containsExactly("1", "2", "3");
        assertThat(listed.get(0).get("id").asLong()).isEqualTo(germany);
        assertThat(listed.get(2).get("id").asLong()).isEqualTo(austria);
        assertThat(listed.get(2).get("value").asText()).isEqualTo("Republic of Austria");
        assertThat(listed.get(2).get("dimension_value").isNull()).isTrue();
        assertThat(listed.get(1).get("dimension_value").asText()).isEqualTo("Frankreich");
    }

    @Test
    void an_invalid_bulk_replacement_names_every_problem_and_changes_nothing() {
        add("at", "Austria", Map.of("de", "Österreich"));
        add("ch", "Switzerland", null);
        var before = listing();

        var response = admin.post(entries + "/bulk", bulk(List.of(
                Map.of("name", "de", "value", "Germany"),
                Map.of("name", "fr", "value", "France", "dimension_values", Map.of("fr", "France")),
                Map.of("value", "Nameless"),
                Map.of("name", "it", "value", "x".repeat(10_001)),
                Map.of("name", "de", "value", "Germany again"))));

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().get("details").findValuesAsText("path")).containsExactly(
                "datasource_entries[1].dimension_values.fr", "datasource_entries[2].name",
                "datasource_entries[3].value", "datasource_entries[4].name");
        assertThat(listing()).isEqualTo(before);
    }

    @Test
    void an_empty_list_removes_every_entry_but_a_missing_list_is_refused() {
        add("at", "Austria", null);

        var missing = admin.post(entries + "/bulk", Map.of("entries", List.of()));
        assertThat(missing.status()).isEqualTo(400);
        assertThat(missing.json().at("/details/0/path").asText()).isEqualTo("datasource_entries");
        assertThat(admin.post(entries + "/bulk", Map.of("datasource_entries", "at")).json().at("/details/0/path").asText())
                .isEqualTo("datasource_entries");
        assertThat(admin.get(entries).header("total")).isEqualTo("1");

        assertThat(admin.post(entries + "/bulk", bulk(List.of())).status()).isEqualTo(200);
        assertThat(admin.get(entries).header("total")).isEqualTo("0");
    }

    @Test
    void an_import_of_thousands_of_entries_is_stored_in_order() {
        var countries = new ArrayList<Map<String, Object>>();
        for (int i = 1; i <= 2_000; i++) {
            countries.add(Map.of("name", "c" + i, "value", "Country " + i, "dimension_values", Map.of("de", "Land " + i)));
        }

        var response = admin.post(entries + "/bulk", bulk(countries));

        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        var last = admin.get(entries + "?per_page=100&page=20&dimension=de");
        assertThat(last.header("total")).isEqualTo("2000");
        assertThat(last.json().at("/datasource_entries/99/name").asText()).isEqualTo("c2000");
        assertThat(last.json().at("/datasource_entries/99/position").asInt()).isEqualTo(2000);
        assertThat(last.json().at("/datasource_entries/99/dimension_value").asText()).isEqualTo("Land 2000");
    }

    @Test
    void a_bulk_replacement_of_another_spaces_datasource_is_not_found_and_changes_nothing() {
        add("at", "Austria", null);
        var other = admin.post("/api/spaces", Map.of("name", "Shop")).json().at("/space/id").asLong();
        var foreign = entries.replace("/api/spaces/" + spaceId + "/", "/api/spaces/" + other + "/");

        assertThat(admin.post(foreign + "/bulk", bulk(List.of())).status()).isEqualTo(404);
        assertThat(admin.get(entries).header("total")).isEqualTo("1");
    }
}
