package db.migration;

import dev.duet.analytics.VisitorSketch;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

import java.sql.Connection;
import java.sql.SQLException;

/**
 * Turns the daily visitor lists (one row per visitor, day and story) into one visitor sketch per day and story, then
 * drops the lists. Java, not SQL, because the sketch is computed by {@link VisitorSketch}. Reads the lists in key
 * order, so one sketch is built at a time whatever their size.
 */
public class V24__visitor_sketches extends BaseJavaMigration {

    @Override
    public void migrate(Context context) throws SQLException {
        var connection = context.getConnection();
        try (var select = connection.prepareStatement(
                "SELECT space_id, story_id, day, visitor FROM daily_visitors ORDER BY space_id, story_id, day");
             var rows = select.executeQuery()) {
            Key current = null;
            var sketch = VisitorSketch.empty();
            while (rows.next()) {
                var key = new Key(rows.getLong(1), rows.getLong(2), rows.getString(3));
                if (!key.equals(current)) {
                    if (current != null) insert(connection, current, sketch);
                    current = key;
                    sketch = VisitorSketch.empty();
                }
                sketch.add(rows.getString(4));
            }
            if (current != null) insert(connection, current, sketch);
        }
        try (var drop = connection.createStatement()) {
            drop.execute("DROP TABLE daily_visitors");
        }
    }

    private static void insert(Connection connection, Key key, VisitorSketch sketch) throws SQLException {
        try (var insert = connection.prepareStatement(
                "INSERT INTO visitor_sketches (space_id, story_id, day, sketch) VALUES (?, ?, ?, ?)")) {
            insert.setLong(1, key.spaceId());
            insert.setLong(2, key.storyId());
            insert.setString(3, key.day());
            insert.setBytes(4, sketch.bytes());
            insert.executeUpdate();
        }
    }

    private record Key(long spaceId, long storyId, String day) {
    }
}
