package dev.duet.collab.requests;

import com.fasterxml.jackson.core.type.TypeReference;
import dev.duet.storage.Timestamps;
import dev.duet.web.Json;
import org.jdbi.v3.core.Handle;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What gathers around a request: its comments, its watchers and its timeline. Every method runs in the caller's
 * transaction.
 */
final class RequestTrail {

    private static final TypeReference<Map<String, Object>> DETAILS = new TypeReference<>() {
    };

    void event(Handle handle, long requestId, String kind, String actor, Map<String, Object> details, Instant now) {
        handle.createUpdate("INSERT INTO request_events (request_id, kind, actor, details, created_at) "
                        + "VALUES (:request, :kind, :actor, :details, :at)")
                .bind("request", requestId).bind("kind", kind).bind("actor", actor).bind("details", Json.write(details))
                .bind("at", Timestamps.format(now)).execute();
    }

    List<TimelineEvent> timeline(Handle handle, long requestId) {
        return handle.createQuery("SELECT id, request_id, kind, actor, details, created_at FROM request_events "
                        + "WHERE request_id = :request ORDER BY id")
                .bind("request", requestId)
                .map((rs, ctx) -> new TimelineEvent(rs.getLong("id"), rs.getLong("request_id"), rs.getString("kind"),
                        rs.getString("actor"), Json.mapper().convertValue(Json.tree(rs.getString("details")), DETAILS),
                        Timestamps.parse(rs.getString("created_at"))))
                .list();
    }

    long comment(Handle handle, long requestId, Person author, String text, Instant now) {
        var at = Timestamps.format(now);
        return handle.createUpdate("INSERT INTO request_comments (request_id, author_id, author, text, created_at, "
                        + "updated_at) VALUES (:request, :author_id, :author, :text, :at, :at)")
                .bind("request", requestId).bind("author_id", author.id()).bind("author", author.email())
                .bind("text", text).bind("at", at).executeAndReturnGeneratedKeys("id").mapTo(Long.class).one();
    }

    void editComment(Handle handle, long commentId, String text, Instant now) {
        handle.createUpdate("UPDATE request_comments SET text = :text, updated_at = :at WHERE id = :id")
                .bind("text", text).bind("at", Timestamps.format(now)).bind("id", commentId).execute();
    }

    void deleteComment(Handle handle, long commentId) {
        handle.createUpdate("DELETE FROM request_comments WHERE id = :id").bind("id", commentId).execute();
    }

    Optional<RequestComment> findComment(Handle handle, long requestId, long commentId) {
        return handle.createQuery("SELECT id, request_id, author_id, author, text, created_at, updated_at "
                        + "FROM request_comments WHERE id = :id AND request_id = :request")
                .bind("id", commentId).bind("request", requestId).map((rs, ctx) -> comment(rs)).findOne();
    }

    List<RequestComment> comments(Handle handle, long requestId) {
        return handle.createQuery("SELECT id, request_id, author_id, author, text, created_at, updated_at "
                        + "FROM request_comments WHERE request_id = :request ORDER BY id")
                .bind("request", requestId).map((rs, ctx) -> comment(rs)).list();
    }

    /** Adds a watcher; false when they were watching already. */
    boolean watch(Handle handle, long requestId, Person who, Instant now) {
        if (who.id() == null) return false;
        return handle.createUpdate("INSERT INTO request_watchers (request_id, user_id, email, created_at) "
                        + "VALUES (:request, :user, :email, :at) ON CONFLICT (request_id, user_id) DO NOTHING")
                .bind("request", requestId).bind("user", who.id()).bind("email", who.email())
                .bind("at", Timestamps.format(now)).execute() > 0;
    }

    /** Removes a watcher; false when they were not watching. */
    boolean unwatch(Handle handle, long requestId, long userId) {
        return handle.createUpdate("DELETE FROM request_watchers WHERE request_id = :request AND user_id = :user")
                .bind("request", requestId).bind("user", userId).execute() > 0;
    }

    List<Person> watchers(Handle handle, long requestId) {
        return handle.createQuery("SELECT user_id, email FROM request_watchers WHERE request_id = :request "
                        + "ORDER BY created_at, user_id")
                .bind("request", requestId).map((rs, ctx) -> new Person(rs.getLong("user_id"), rs.getString("email"))).list();
    }

    private static RequestComment comment(ResultSet rs) throws SQLException {
        long authorId = rs.getLong("author_id");
        Long author = rs.wasNull() ? null : authorId;
        return new RequestComment(rs.getLong("id"), rs.getLong("request_id"), author, rs.getString("author"),
                rs.getString("text"), Timestamps.parse(rs.getString("created_at")), Timestamps.parse(rs.getString("updated_at")));
    }
}
