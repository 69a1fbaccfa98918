package dev.duet.presence;

import dev.duet.storage.Database;
import dev.duet.storage.Timestamps;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.Query;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.util.List;

/**
 * The presence repository: heartbeats of open editors, stored so every node of a cluster sees them. A heartbeat is
 * one upsert ({@code ON CONFLICT ... DO UPDATE}, which SQLite and PostgreSQL both accept); someone whose last
 * heartbeat is older than {@link #EXPIRY} has left, even if their editor never said goodbye. Thread-safe.
 */
public final class Presences {

    /** Editors beat every 10 s; three missed beats mean the tab was closed, the laptop slept or the network went. */
    public static final Duration EXPIRY = Duration.ofSeconds(30);

    private static final String COLUMNS = "SELECT p.story_id, p.user_id, u.name, u.email, p.editing, p.since, p.seen_at "
            + "FROM presence p JOIN users u ON u.id = p.user_id ";

    private final Database db;
    private final Clock clock;

    public Presences(Database db, Clock clock) {
        this.db = db;
        this.clock = clock;
    }

    /** Records that the user has the story open (and whether they are editing); sweeps expired entries on the way. */
    public void beat(long spaceId, long storyId, long userId, boolean editing) {
        var now = clock.instant();
        db.writeVoid(handle -> {
            handle.createUpdate("DELETE FROM presence WHERE seen_at < :cutoff")
                    .bind("cutoff", Timestamps.format(now.minus(EXPIRY))).execute();
            handle.createUpdate("INSERT INTO presence (story_id, user_id, space_id, editing, since, seen_at) "
                            + "VALUES (:story, :user, :space, :editing, :now, :now) ON CONFLICT (story_id, user_id) "
                            + "DO UPDATE SET editing = excluded.editing, seen_at = excluded.seen_at")
                    .bind("story", storyId).bind("user", userId).bind("space", spaceId).bind("editing", editing)
                    .bind("now", Timestamps.format(now)).execute();
        });
    }

    /** The user closed the story; leaving twice is fine. */
    public void leave(long storyId, long userId) {
        db.writeVoid(handle -> handle.createUpdate("DELETE FROM presence WHERE story_id = :story AND user_id = :user")
                .bind("story", storyId).bind("user", userId).execute());
    }

    /** Who has the story open now, by name. */
    public List<Presence> onStory(long storyId) {
        return db.read(handle -> live(handle, "WHERE p.story_id = :story AND p.seen_at >= :cutoff ORDER BY u.name, u.id")
                .bind("story", storyId).map((rs, ctx) -> presence(rs)).list());
    }

    /** Who has which story of the space open now, by story and name. */
    public List<Presence> inSpace(long spaceId) {
        return db.read(handle -> live(handle, "WHERE p.space_id = :space AND p.seen_at >= :cutoff "
                        + "ORDER BY p.story_id, u.name, u.id")
                .bind("space", spaceId).map((rs, ctx) -> presence(rs)).list());
    }

    private Query live(Handle handle, String where) {
        return handle.createQuery(COLUMNS + where).bind("cutoff", Timestamps.format(clock.instant().minus(EXPIRY)));
    }

    private static Presence presence(ResultSet rs) throws SQLException {
        return new Presence(rs.getLong("story_id"), rs.getLong("user_id"), rs.getString("name"), rs.getString("email"),
                rs.getBoolean("editing"), Timestamps.parse(rs.getString("since")),
                Timestamps.parse(rs.getString("seen_at")));
    }
}
