package db.migration;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

import java.sql.Connection;
import java.sql.SQLException;

/**
 * Drops the foreign key from the raw events to their space. Checking it cost PostgreSQL a lookup per stored event, half
 * the price of storing it, and an event of a space deleted a moment earlier failed the whole group commit, other
 * spaces' events with it. The space's id comes from its delivery token anyway; deleting a space now deletes its
 * events itself ({@code Spaces.delete}), and derivation skips events whose space is gone.
 *
 * <p>PostgreSQL drops the constraint by its name; SQLite cannot drop a constraint, so the table is rebuilt without it.
 */
public class V25__events_without_space_key extends BaseJavaMigration {

    private static final String COLUMNS = "id, space_id, type, name, visitor, occurred_at, received_at, story_id, "
            + "block_uid, experiment, variation, value, segment, channel, locale, device, batch_id";

    @Override
    public void migrate(Context context) throws SQLException {
        var connection = context.getConnection();
        if (connection.getMetaData().getDatabaseProductName().toLowerCase().contains("postgres")) {
            dropOnPostgres(connection);
        } else {
            rebuildOnSqlite(connection);
        }
    }

    private static void dropOnPostgres(Connection connection) throws SQLException {
        try (var find = connection.prepareStatement("""
                SELECT conname FROM pg_constraint
                WHERE conrelid = 'events'::regclass AND contype = 'f'""");
             var names = find.executeQuery();
             var drop = connection.createStatement()) {
            while (names.next()) drop.execute("ALTER TABLE events DROP CONSTRAINT \"" + names.getString(1) + "\"");
        }
    }

    private static void rebuildOnSqlite(Connection connection) throws SQLException {
        try (var sql = connection.createStatement()) {
            sql.execute("""
                    CREATE TABLE events_rebuilt (
                        id INTEGER PRIMARY KEY AUTOINCREMENT,
                        space_id INTEGER NOT NULL,
                        type TEXT NOT NULL,
                        name TEXT,
                        visitor TEXT NOT NULL,
                        occurred_at TEXT NOT NULL,
                        received_at TEXT NOT NULL,
                        story_id INTEGER,
                        block_uid TEXT,
                        experiment TEXT,
                        variation INTEGER,
                        value REAL,
                        segment TEXT,
                        channel TEXT,
                        locale TEXT,
                        device TEXT,
                        batch_id INTEGER
                    )""");
            sql.execute("INSERT INTO events_rebuilt (" + COLUMNS + ") SELECT " + COLUMNS + " FROM events");
            sql.execute("DROP TABLE events");
            sql.execute("ALTER TABLE events_rebuilt RENAME TO events");
            sql.execute("CREATE INDEX events_batch ON events (batch_id)");
        }
    }
}
