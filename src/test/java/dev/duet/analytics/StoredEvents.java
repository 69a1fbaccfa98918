package dev.duet.analytics;

import dev.duet.storage.Database;

import java.util.List;
import java.util.Map;

/** What the events table holds, read straight from the database, for tests that check what was (not) stored. */
final class StoredEvents {

    private StoredEvents() {
    }

    /** Each stored event of the space as {@code type visitor story block experiment variation name value segment channel locale device}. */
    static List<String> of(Database database, long spaceId) {
        return database.read(handle -> handle.createQuery("""
                        SELECT type, visitor, story_id, block_uid, experiment, variation, name, value, segment, channel,
                               locale, device
                        FROM events WHERE space_id = :space ORDER BY id""")
                .bind("space", spaceId)
                .map((rs, ctx) -> String.join(" ", rs.getString("type"), rs.getString("visitor"),
                        String.valueOf(rs.getObject("story_id")), rs.getString("block_uid"), rs.getString("experiment"),
                        String.valueOf(rs.getObject("variation")), rs.getString("name"),
                        rs.getObject("value") == null ? "null" : String.valueOf(rs.getDouble("value")),
                        rs.getString("segment"), rs.getString("channel"), rs.getString("locale"), rs.getString("device")))
                .list());
    }

    static List<String> visitors(Database database, long spaceId) {
        return database.read(handle -> handle.createQuery("SELECT visitor FROM events WHERE space_id = :space ORDER BY id")
                .bind("space", spaceId).mapTo(String.class).list());
    }

    /** Every column of every stored event, as text: to show that nothing else (no IP, no User-Agent) was kept. */
    static List<Map<String, Object>> rows(Database database) {
        return database.read(handle -> handle.createQuery("SELECT * FROM events").mapToMap().list());
    }
}
