package dev.duet.activity;

import dev.duet.storage.Database;
import dev.duet.storage.Timestamps;
import dev.duet.web.Json;
import org.jdbi.v3.core.Handle;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The team's feed: what happened in each space and to each story, and the notifications it addresses to users.
 * Entries are recorded inside the transaction of the change they describe, so the feed never tells of a change that
 * rolled back; listeners hear of an entry only after that transaction committed. Thread-safe.
 */
public final class ActivityLog {

    private static final Logger LOG = LoggerFactory.getLogger(ActivityLog.class);
    private static final String COLUMNS = "a.id, a.space_id, a.story_id, a.kind, a.actor, a.summary, a.details, a.created_at";

    private final Database db;
    private final Clock clock;
    private final List<ActivityListener> listeners = new CopyOnWriteArrayList<>();

    public ActivityLog(Database db, Clock clock) {
        this.db = db;
        this.clock = clock;
    }

    public void subscribe(ActivityListener listener) {
        listeners.add(listener);
    }

    /** Records {@code entry} in the caller's transaction; listeners hear of it once that commits. */
    public Activity record(Handle handle, NewActivity entry) {
        var now = Timestamps.format(clock.instant());
        long id = handle.createUpdate("INSERT INTO activity (space_id, story_id, kind, actor, summary, details, created_at) "
                        + "VALUES (:space, :story, :kind, :actor, :summary, :details, :at)")
                .bind("space", entry.spaceId()).bind("story", entry.storyId()).bind("kind", entry.kind().id())
                .bind("actor", entry.actor()).bind("summary", entry.summary())
                .bind("details", Json.write(entry.details())).bind("at", now)
                .executeAndReturnGeneratedKeys("id").mapTo(Long.class).one();
        for (var recipient : entry.recipients()) {
            handle.createUpdate("INSERT INTO notifications (user_id, activity_id, reason, created_at) "
                            + "VALUES (:user, :activity, :reason, :at)")
                    .bind("user", recipient.userId()).bind("activity", id).bind("reason", recipient.reason())
                    .bind("at", now).execute();
        }
        var activity = new Activity(id, entry.spaceId(), entry.storyId(), entry.kind(), entry.actor(), entry.summary(),
                Json.tree(Json.write(entry.details())), Timestamps.parse(now));
        handle.afterCommit(() -> tell(activity));
        return activity;
    }

    /** Records {@code entry} in a transaction of its own. */
    public Activity record(NewActivity entry) {
        return db.write(handle -> record(handle, entry));
    }

    /** A space's feed, or one story's when {@code storyId} is given, newest first. */
    public List<Activity> feed(long spaceId, Long storyId, ActivityKind kind, int offset, int limit) {
        return db.read(handle -> handle.createQuery("SELECT " + COLUMNS + " FROM activity a" + where(storyId, kind)
                        + " ORDER BY a.id DESC LIMIT :limit OFFSET :offset")
                .bind("space", spaceId).bind("story", storyId).bind("kind", kind == null ? null : kind.id())
                .bind("limit", limit).bind("offset", offset)
                .map((rs, ctx) -> activity(rs)).list());
    }

    public long count(long spaceId, Long storyId, ActivityKind kind) {
        return db.read(handle -> handle.createQuery("SELECT COUNT(*) FROM activity a" + where(storyId, kind))
                .bind("space", spaceId).bind("story", storyId).bind("kind", kind == null ? null : kind.id())
                .mapTo(Long.class).one());
    }

    private static String where(Long storyId, ActivityKind kind) {
        return " WHERE a.space_id = :space" + (storyId == null ? "" : " AND a.story_id = :story")
                + (kind == null ? "" : " AND a.kind = :kind");
    }

    /** A user's notifications, newest first; only the unread ones when {@code unreadOnly}. */
    public List<Notification> notifications(long userId, boolean unreadOnly, int offset, int limit) {
        return db.read(handle -> handle.createQuery("SELECT n.id AS n_id, n.user_id, n.reason, n.read_at, " + COLUMNS
                        + " FROM notifications n JOIN activity a ON a.id = n.activity_id WHERE n.user_id = :user"
                        + (unreadOnly ? " AND n.read_at IS NULL" : "") + " ORDER BY n.id DESC LIMIT :limit OFFSET :offset")
                .bind("user", userId).bind("limit", limit).bind("offset", offset)
                .map((rs, ctx) -> new Notification(rs.getLong("n_id"), rs.getLong("user_id"), rs.getString("reason"),
                        rs.getString("read_at") == null ? null : Timestamps.parse(rs.getString("read_at")), activity(rs)))
                .list());
    }

    public long countNotifications(long userId, boolean unreadOnly) {
        return db.read(handle -> handle.createQuery("SELECT COUNT(*) FROM notifications WHERE user_id = :user"
                        + (unreadOnly ? " AND read_at IS NULL" : ""))
                .bind("user", userId).mapTo(Long.class).one());
    }

    /** Marks one of the user's notifications read (again is fine); someone else's is not found. */
    public void markRead(long userId, long notificationId) {
        db.writeVoid(handle -> {
            int found = handle.createUpdate("UPDATE notifications SET read_at = COALESCE(read_at, :at) "
                            + "WHERE id = :id AND user_id = :user")
                    .bind("at", Timestamps.format(clock.instant())).bind("id", notificationId).bind("user", userId)
                    .execute();
            if (found == 0) throw new NotificationNotFound(notificationId);
        });
    }

    /** Marks all of the user's notifications read; returns how many were unread. */
    public int markAllRead(long userId) {
        return db.write(handle -> handle.createUpdate("UPDATE notifications SET read_at = :at "
                        + "WHERE user_id = :user AND read_at IS NULL")
                .bind("at", Timestamps.format(clock.instant())).bind("user", userId).execute());
    }

    private static Activity activity(ResultSet rs) throws SQLException {
        long storyId = rs.getLong("story_id");
        Long story = rs.wasNull() ? null : storyId;
        var kindId = rs.getString("kind");
        var kind = ActivityKind.of(kindId).orElseThrow(() -> new IllegalStateException("unknown activity kind " + kindId));
        var details = rs.getString("details");
        return new Activity(rs.getLong("id"), rs.getLong("space_id"), story, kind, rs.getString("actor"),
                rs.getString("summary"), details == null ? Json.tree("{}") : Json.tree(details),
                Timestamps.parse(rs.getString("created_at")));
    }

    private void tell(Activity activity) {
        for (var listener : listeners) {
            try {
                listener.on(activity);
            } catch (RuntimeException e) {
                // the change is committed; one broken listener must not hide it from the rest
                LOG.error("activity listener {} failed on {}", listener, activity, e);
            }
        }
    }
}
