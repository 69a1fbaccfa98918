package dev.duet.datasources;

import dev.duet.testing.OnBothDatabases;
import dev.duet.access.Role;
import dev.duet.testing.Client;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import static dev.duet.datasources.DatasourceEntriesIT.entry;
import static org.assertj.core.api.Assertions.assertThat;

class DatasourceEventsIT extends OnBothDatabases {

    /** An event and how many entries a separate connection saw when the listener heard it. */
    record Heard(DatasourceEntriesUpdated event, long committedEntries) {
    }

    Client admin;
    long spaceId;
    long datasourceId;
    String datasource;
    String entries;
    final List<Heard> heard = new CopyOnWriteArrayList<>();

    @BeforeEach
    void start() {
        admin = app.admin();
        spaceId = admin.post("/api/spaces", Map.of("name", "Marketing site")).json().at("/space/id").asLong();
        datasourceId = admin.post("/api/spaces/" + spaceId + "/datasources", Map.of("datasource", Map.of("name", "Colours",
                        "dimensions", List.of(Map.of("name", "German", "entry_value", "de")))))
                .json().at("/datasource/id").asLong();
        datasource = "/api/spaces/" + spaceId + "/datasources/" + datasourceId;
        entries = datasource + "/entries";
        app.wiring.datasourceEvents.subscribe(event -> heard.add(new Heard(event, committedEntries())));
    }

    /**
     * Counted on a connection of its own, which sees only committed rows. Plain JDBC on purpose: Jdbi would hand a
     * listener running inside a transaction that transaction's handle, and so its uncommitted rows.
     */
    private long committedEntries() {
        try (var connection = app.wiring.database.dataSource().getConnection();
             var statement = connection.createStatement();
             var rows = statement.executeQuery("SELECT COUNT(*) FROM datasource_entries")) {
            rows.next();
            return rows.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void a_listener_hears_each_change_of_entries_once_after_it_is_committed() {
        var expected = new DatasourceEntriesUpdated(spaceId, datasourceId, "colours");

        var red = admin.post(entries, entry("red", "Red", null)).json().at("/datasource_entry/id").asLong();
        assertThat(heard).containsExactly(new Heard(expected, 1));

        admin.post(entries, entry("green", "Green", null));
        admin.put(entries + "/" + red, entry(null, "Bright red", null));
        admin.post(entries + "/" + red + "/move", Map.of("position", 2));
        admin.delete(entries + "/" + red);
        admin.post(entries + "/bulk", Map.of("datasource_entries", List.of(Map.of("name", "a"), Map.of("name", "b"), Map.of("name", "c"))));

        assertThat(heard).extracting(Heard::committedEntries).containsExactly(1L, 2L, 2L, 2L, 1L, 3L);
        assertThat(heard).extracting(Heard::event).containsOnly(expected);
    }

    @Test
    void failed_or_refused_writes_are_not_announced() {
        var red = admin.post(entries, entry("red", "Red", null)).json().at("/datasource_entry/id").asLong();
        heard.clear();

        assertThat(admin.post(entries, entry("red", "Duplicate", null)).status()).isEqualTo(409);
        assertThat(admin.post(entries, entry("", "Blank", null)).status()).isEqualTo(400);
        assertThat(admin.put(entries + "/999999", entry(null, "Ghost", null)).status()).isEqualTo(404);
        assertThat(admin.post(entries + "/" + red + "/move", Map.of("position", 5)).status()).isEqualTo(400);
        assertThat(admin.post(entries + "/bulk", Map.of("datasource_entries", List.of(Map.of("name", "a"), Map.of("name", "a"))))
                .status()).isEqualTo(400);
        assertThat(app.as(Role.VIEWER).delete(entries + "/" + red).status()).isEqualTo(403);

        assertThat(heard).isEmpty();
    }

    @Test
    void changing_the_slug_or_dropping_a_dimension_is_announced_but_renaming_is_not() {
        admin.put(datasource, Map.of("datasource", Map.of("name", "Brand colours")));
        admin.put(datasource, Map.of("datasource", Map.of("dimensions", List.of(Map.of("name", "Deutsch", "entry_value", "de")))));
        assertThat(heard).isEmpty();

        admin.put(datasource, Map.of("datasource", Map.of("slug", "brand-colours")));
        admin.put(datasource, Map.of("datasource", Map.of("dimensions", List.of())));

        assertThat(heard).extracting(Heard::event).containsExactly(
                new DatasourceEntriesUpdated(spaceId, datasourceId, "brand-colours"),
                new DatasourceEntriesUpdated(spaceId, datasourceId, "brand-colours"));
    }

    @Test
    void a_failing_listener_neither_fails_the_committed_write_nor_silences_later_listeners() {
        app.wiring.datasourceEvents.subscribe(event -> {
            throw new IllegalStateException("webhook queue is down");
        });
        var afterTheFailure = new CopyOnWriteArrayList<DatasourceEntriesUpdated>();
        app.wiring.datasourceEvents.subscribe(afterTheFailure::add);

        var response = admin.post(entries, entry("red", "Red", null));

        assertThat(response.status()).isEqualTo(201);
        assertThat(admin.get(entries).header("total")).isEqualTo("1");
        assertThat(afterTheFailure).hasSize(1);
    }
}
