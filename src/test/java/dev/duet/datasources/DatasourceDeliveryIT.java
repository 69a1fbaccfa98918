package dev.duet.datasources;

import dev.duet.testing.OnBothDatabases;
import com.fasterxml.jackson.databind.JsonNode;
import dev.duet.testing.Client;
import dev.duet.web.Json;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static dev.duet.datasources.DatasourceEntriesIT.entry;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The read the delivery API serves datasource entries with, on data made through the management API. */
class DatasourceDeliveryIT extends OnBothDatabases {

    Client admin;
    long spaceId;
    DatasourceDelivery delivery;

    @BeforeEach
    void start() {
        admin = app.admin();
        delivery = app.wiring.datasourceDelivery;
        spaceId = space("Marketing site");
        var colours = datasource(spaceId, "Colours", List.of("de", "fr"));
        add(colours, "red", "Red", Map.of("de", "Rot", "fr", "Rouge"));
        add(colours, "green", "Green", Map.of("fr", "Vert"));
        add(colours, "blue", "Blue", null);
        var sizes = datasource(spaceId, "Sizes", List.of("de"));
        add(sizes, "s", "Small", Map.of("de", "Klein"));
        var shopSizes = datasource(space("Shop"), "Sizes", List.of());
        add(shopSizes, "xl", "Extra large", null);
    }

    private long space(String name) {
        return admin.post("/api/spaces", Map.of("name", name)).json().at("/space/id").asLong();
    }

    private String datasource(long space, String name, List<String> dimensionKeys) {
        var dimensions = dimensionKeys.stream().map(key -> Map.of("name", key, "entry_value", key)).toList();
        var id = admin.post("/api/spaces/" + space + "/datasources", Map.of("datasource", Map.of("name", name, "dimensions", dimensions)))
                .json().at("/datasource/id").asLong();
        return "/api/spaces/" + space + "/datasources/" + id + "/entries";
    }

    private void add(String entries, String name, String value, Map<String, String> dimensionValues) {
        assertThat(admin.post(entries, entry(name, value, dimensionValues)).status()).isEqualTo(201);
    }

    @Test
    void entries_of_a_datasource_come_in_position_order_with_their_value_in_the_requested_dimension() {
        var page = delivery.entries(spaceId, "colours", "fr", 0, 25);

        assertThat(page.total()).isEqualTo(3);
        assertThat(page.items()).extracting(DeliveryEntry::name).containsExactly("red", "green", "blue");
        assertThat(page.items()).extracting(DeliveryEntry::dimensionValue).containsExactly("Rouge", "Vert", null);
        assertThat(page.items()).extracting(DeliveryEntry::value).containsExactly("Red", "Green", "Blue");
    }

    @Test
    void without_a_dimension_or_with_one_the_datasource_lacks_dimension_values_are_null() {
        assertThat(delivery.entries(spaceId, "colours", null, 0, 25).items()).extracting(DeliveryEntry::dimensionValue)
                .containsOnlyNulls();
        assertThat(delivery.entries(spaceId, "colours", "es", 0, 25).items()).extracting(DeliveryEntry::dimensionValue)
                .containsOnlyNulls();
        assertThat(delivery.entries(spaceId, "colours", "fr\u0000", 0, 25).items()).extracting(DeliveryEntry::dimensionValue)
                .containsOnlyNulls();
    }

    @Test
    void pages_are_cut_from_the_ordered_list_and_carry_the_total() {
        var second = delivery.entries(spaceId, "colours", null, 2, 2);

        assertThat(second.total()).isEqualTo(3);
        assertThat(second.items()).extracting(DeliveryEntry::name).containsExactly("blue");
    }

    @Test
    void without_a_slug_every_entry_of_the_space_is_served_and_none_of_other_spaces() {
        var all = delivery.entries(spaceId, null, "de", 0, 25);

        assertThat(all.total()).isEqualTo(4);
        assertThat(all.items()).extracting(DeliveryEntry::name).containsExactly("red", "green", "blue", "s");
        assertThat(all.items()).extracting(DeliveryEntry::dimensionValue).containsExactly("Rot", null, null, "Klein");
    }

    @Test
    void an_unknown_slug_is_not_found_even_if_another_space_has_it() {
        assertThatThrownBy(() -> delivery.entries(spaceId, "materials", null, 0, 25)).isInstanceOf(DatasourceNotFound.class);
        assertThat(delivery.entries(spaceId, "sizes", null, 0, 25).items()).extracting(DeliveryEntry::name).containsExactly("s");
        assertThatThrownBy(() -> delivery.entries(spaceId, "colours\u0000", null, 0, 25)).isInstanceOf(DatasourceNotFound.class);
    }

    @Test
    void an_entry_is_written_in_storyblok_cdn_shape() {
        JsonNode json = Json.tree(Json.write(delivery.entries(spaceId, "colours", "de", 0, 1).items().getFirst()));

        assertThat(json.properties()).extracting(Map.Entry::getKey).containsExactly("id", "name", "value", "dimension_value");
        assertThat(json.get("dimension_value").asText()).isEqualTo("Rot");
    }
}
