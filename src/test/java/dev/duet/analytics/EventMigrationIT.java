package dev.duet.analytics;

import dev.duet.storage.Database;
import dev.duet.storage.Dialect;
import dev.duet.testing.TestDatabase;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Upgrading a database that stored events before derivation existed (migrations V23 and V24): its insights read the
 * same afterwards, from the narrow rollups and the visitor sketches built from the old tables.
 */
@ParameterizedClass
@EnumSource(TestDatabase.class)
class EventMigrationIT {

    @Parameter
    TestDatabase database;

    @Test
    void counts_and_unique_visitors_stored_before_the_upgrade_read_the_same_after_it() {
        try (var old = migratedTo("16")) {
            old.writeVoid(handle -> {
                rollup(handle, "2026-11-20T09", "view", 7, "", "email", 5);
                rollup(handle, "2026-11-20T09", "view", 7, "hero-1", "email", 2);
                rollup(handle, "2026-11-21T10", "click", 7, "hero-1", "direct", 3);
                for (var visitor : List.of("ann", "bob", "cid")) visitor(handle, "2026-11-20", visitor);
                for (var visitor : List.of("ann", "dan")) visitor(handle, "2026-11-21", visitor);
            });
            old.migrate();
            var insights = new Insights(old, new EventDerivation(old, Clock.systemUTC()));
            var period = new InsightsPeriod(LocalDate.parse("2026-11-20"), LocalDate.parse("2026-11-21"));

            var totals = insights.overview(1, period, null).totals();
            assertThat(totals.views()).isEqualTo(5);
            assertThat(totals.clicks()).isEqualTo(3);
            assertThat(totals.visitors()).isEqualTo(4);
            assertThat(insights.overview(1, period, 7L).totals().visitors()).isEqualTo(4);
            assertThat(insights.blocks(1, period, 7).blocks()).singleElement().satisfies(block -> {
                assertThat(block.views()).isEqualTo(2);
                assertThat(block.clicks()).isEqualTo(3);
            });
            assertThat(insights.breakdown(1, period, null, InsightsDimension.CHANNEL).values())
                    .extracting(row -> row.value() + "=" + row.views() + "/" + row.clicks())
                    .containsExactly("email=5/0", "direct=0/3");
            boolean listsLeft = old.read(handle -> {
                try (var tables = handle.getConnection().getMetaData().getTables(null, null, "daily_visitors", null)) {
                    return tables.next();
                } catch (java.sql.SQLException e) {
                    throw new IllegalStateException(e);
                }
            });
            assertThat(listsLeft).as("the visitor lists are gone once converted").isFalse();
        }
    }

    @Test
    void stored_events_keep_their_rows_when_the_space_key_is_dropped() {
        try (var old = migratedTo("24")) {
            old.writeVoid(handle -> {
                handle.execute("INSERT INTO events (space_id, type, visitor, occurred_at, received_at, story_id, batch_id) "
                        + "VALUES (1, 'view', 'ann', '2026-11-20T09:00:00.000Z', '2026-11-20T09:00:00.000Z', 7, 3)");
            });
            old.migrate();

            old.writeVoid(handle -> handle.execute("INSERT INTO events (space_id, type, visitor, occurred_at, received_at, "
                    + "batch_id) VALUES (99, 'view', 'bob', '2026-11-20T09:00:00.000Z', '2026-11-20T09:00:00.000Z', 4)"));
            var rows = old.read(handle -> handle.createQuery(
                            "SELECT id, space_id, visitor, story_id, batch_id FROM events ORDER BY id")
                    .map((rs, ctx) -> rs.getLong("id") + ":" + rs.getLong("space_id") + ":" + rs.getString("visitor") + ":"
                            + rs.getLong("story_id") + ":" + rs.getLong("batch_id")).list());
            assertThat(rows).containsExactly("1:1:ann:7:3", "2:99:bob:0:4");
        }
    }

    /** A new database migrated up to {@code target}, holding one space (id 1) to store old rows for. */
    private Database migratedTo(String target) {
        var url = database.newEmptyUrl();
        Flyway.configure().dataSource(url, null, null).locations("classpath:db/migration")
                .placeholders(Dialect.of(url).placeholders()).target(target).load().migrate();
        var old = new Database(url, null, null);
        old.writeVoid(handle -> handle.execute("INSERT INTO spaces (id, name, languages, default_language, cv, created_at, "
                + "updated_at) VALUES (1, 'Acme', '[]', 'default', 1, '2026-11-01T00:00:00.000Z', '2026-11-01T00:00:00.000Z')"));
        return old;
    }

    private static void rollup(org.jdbi.v3.core.Handle handle, String hour, String type, long story, String block,
                               String channel, long events) {
        handle.createUpdate("""
                        INSERT INTO event_rollups (space_id, hour, type, name, story_id, block_uid, experiment, variation,
                                                   segment, channel, locale, device, events, value_sum)
                        VALUES (1, :hour, :type, '', :story, :block, '', -1, '', :channel, 'en', 'desktop', :events, 0)""")
                .bind("hour", hour).bind("type", type).bind("story", story).bind("block", block)
                .bind("channel", channel).bind("events", events).execute();
    }

    private static void visitor(org.jdbi.v3.core.Handle handle, String day, String visitor) {
        for (long story : new long[]{0, 7}) {
            handle.createUpdate("INSERT INTO daily_visitors (space_id, day, story_id, visitor) VALUES (1, :day, :story, :visitor)")
                    .bind("day", day).bind("story", story).bind("visitor", visitor).execute();
        }
    }
}
