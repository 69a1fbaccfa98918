package dev.duet.discussions;

import com.fasterxml.jackson.core.type.TypeReference;
import dev.duet.storage.Timestamps;
import dev.duet.web.Json;
import org.jdbi.v3.core.Handle;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/** The discussions repository: threads and their comments. Every method runs in the caller's transaction. */
final class Discussions {

    private static final String COLUMNS = "id, space_id, story_id, block_uid, field, status, created_by, created_at, "
            + "updated_at, resolved_by, resolved_at";
    private static final String COMMENT_COLUMNS = "id, discussion_id, author_id, author, text, mentions, created_at, updated_at";
    private static final TypeReference<List<Long>> IDS = new TypeReference<>() {
    };

    long insert(Handle handle, long spaceId, long storyId, Anchor anchor, String author, Instant now) {
        var at = Timestamps.format(now);
        return handle.createUpdate("INSERT INTO discussions (space_id, story_id, block_uid, field, status, created_by, "
                        + "created_at, updated_at) VALUES (:space, :story, :block, :field, :status, :author, :at, :at)")
                .bind("space", spaceId).bind("story", storyId).bind("block", anchor.blockUid())
                .bind("field", anchor.field()).bind("status", DiscussionStatus.OPEN.id()).bind("author", author)
                .bind("at", at).executeAndReturnGeneratedKeys("id").mapTo(Long.class).one();
    }

    long insertComment(Handle handle, long discussionId, long authorId, String author, String text, List<Long> mentions,
                       Instant now) {
        var at = Timestamps.format(now);
        long id = handle.createUpdate("INSERT INTO discussion_comments (discussion_id, author_id, author, text, mentions, "
                        + "created_at, updated_at) VALUES (:discussion, :author_id, :author, :text, :mentions, :at, :at)")
                .bind("discussion", discussionId).bind("author_id", authorId).bind("author", author).bind("text", text)
                .bind("mentions", Json.write(mentions)).bind("at", at)
                .executeAndReturnGeneratedKeys("id").mapTo(Long.class).one();
        touch(handle, discussionId, now);
        return id;
    }

    void updateComment(Handle handle, long commentId, String text, List<Long> mentions, Instant now) {
        handle.createUpdate("UPDATE discussion_comments SET text = :text, mentions = :mentions, updated_at = :at WHERE id = :id")
                .bind("text", text).bind("mentions", Json.write(mentions)).bind("at", Timestamps.format(now))
                .bind("id", commentId).execute();
    }

    void deleteComment(Handle handle, long commentId) {
        handle.createUpdate("DELETE FROM discussion_comments WHERE id = :id").bind("id", commentId).execute();
    }

    void delete(Handle handle, long discussionId) {
        handle.createUpdate("DELETE FROM discussion_comments WHERE discussion_id = :id").bind("id", discussionId).execute();
        handle.createUpdate("DELETE FROM discussions WHERE id = :id").bind("id", discussionId).execute();
    }

    void setStatus(Handle handle, long discussionId, DiscussionStatus status, String actor, Instant now) {
        var at = Timestamps.format(now);
        boolean resolved = status == DiscussionStatus.RESOLVED;
        handle.createUpdate("UPDATE discussions SET status = :status, resolved_by = :by, resolved_at = :resolved_at, "
                        + "updated_at = :at WHERE id = :id")
                .bind("status", status.id()).bind("by", resolved ? actor : null)
                .bind("resolved_at", resolved ? at : null).bind("at", at).bind("id", discussionId).execute();
    }

    private void touch(Handle handle, long discussionId, Instant now) {
        handle.createUpdate("UPDATE discussions SET updated_at = :at WHERE id = :id")
                .bind("at", Timestamps.format(now)).bind("id", discussionId).execute();
    }

    /** The thread with its comments, if it is on this story. */
    Optional<Discussion> find(Handle handle, long spaceId, long storyId, long discussionId) {
        var found = handle.createQuery("SELECT " + COLUMNS + " FROM discussions "
                        + "WHERE id = :id AND space_id = :space AND story_id = :story")
                .bind("id", discussionId).bind("space", spaceId).bind("story", storyId)
                .map((rs, ctx) -> map(rs)).findOne();
        return found.map(discussion -> withComments(handle, List.of(discussion)).getFirst());
    }

    /** A story's threads, newest activity first; {@code status} null for all, {@code blockUid} null for any anchor. */
    List<Discussion> list(Handle handle, long spaceId, long storyId, DiscussionStatus status, String blockUid) {
        var threads = handle.createQuery("SELECT " + COLUMNS + " FROM discussions WHERE space_id = :space AND story_id = :story"
                        + (status == null ? "" : " AND status = :status")
                        + (blockUid == null ? "" : " AND block_uid = :block")
                        + " ORDER BY updated_at DESC, id DESC")
                .bind("space", spaceId).bind("story", storyId).bind("status", status == null ? null : status.id())
                .bind("block", blockUid).map((rs, ctx) -> map(rs)).list();
        return withComments(handle, threads);
    }

    private List<Discussion> withComments(Handle handle, List<Discussion> threads) {
        if (threads.isEmpty()) return threads;
        var ids = threads.stream().map(Discussion::id).toList();
        var comments = handle.createQuery("SELECT " + COMMENT_COLUMNS + " FROM discussion_comments "
                        + "WHERE discussion_id IN (<ids>) ORDER BY id")
                .bindList("ids", ids).map((rs, ctx) -> comment(rs)).list()
                .stream().collect(Collectors.groupingBy(Comment::discussionId));
        return threads.stream().map(thread -> thread.withComments(comments.getOrDefault(thread.id(), List.of()))).toList();
    }

    /** The ids of the users who wrote in the thread, first writer first. */
    List<Long> participants(Handle handle, long discussionId) {
        return handle.createQuery("SELECT author_id FROM discussion_comments WHERE discussion_id = :id "
                        + "AND author_id IS NOT NULL GROUP BY author_id ORDER BY MIN(id)")
                .bind("id", discussionId).mapTo(Long.class).list();
    }

    /** Unresolved threads per story of the space; only the given stories unless {@code storyIds} is null. */
    Map<Long, Long> openPerStory(Handle handle, long spaceId, List<Long> storyIds) {
        var query = handle.createQuery("SELECT story_id, COUNT(*) AS open FROM discussions "
                        + "WHERE space_id = :space AND status = :open"
                        + (storyIds == null ? "" : " AND story_id IN (<ids>)") + " GROUP BY story_id ORDER BY story_id")
                .bind("space", spaceId).bind("open", DiscussionStatus.OPEN.id());
        if (storyIds != null) query.bindList("ids", storyIds);
        var counts = new LinkedHashMap<Long, Long>();
        query.map((rs, ctx) -> Map.entry(rs.getLong("story_id"), rs.getLong("open")))
                .forEach(entry -> counts.put(entry.getKey(), entry.getValue()));
        return counts;
    }

    /** Unresolved threads per block of one story (threads on the story itself or its root fields are not counted). */
    Map<String, Long> openPerBlock(Handle handle, long spaceId, long storyId) {
        var counts = new LinkedHashMap<String, Long>();
        handle.createQuery("SELECT block_uid, COUNT(*) AS open FROM discussions WHERE space_id = :space "
                        + "AND story_id = :story AND status = :open AND block_uid IS NOT NULL "
                        + "GROUP BY block_uid ORDER BY block_uid")
                .bind("space", spaceId).bind("story", storyId).bind("open", DiscussionStatus.OPEN.id())
                .map((rs, ctx) -> Map.entry(rs.getString("block_uid"), rs.getLong("open")))
                .forEach(entry -> counts.put(entry.getKey(), entry.getValue()));
        return counts;
    }

    private static Discussion map(ResultSet rs) throws SQLException {
        var resolvedAt = rs.getString("resolved_at");
        return new Discussion(rs.getLong("id"), rs.getLong("space_id"), rs.getLong("story_id"),
                Anchor.of(rs.getString("block_uid"), rs.getString("field")), DiscussionStatus.of(rs.getString("status")),
                rs.getString("created_by"), Timestamps.parse(rs.getString("created_at")),
                Timestamps.parse(rs.getString("updated_at")), rs.getString("resolved_by"),
                resolvedAt == null ? null : Timestamps.parse(resolvedAt), new ArrayList<>());
    }

    private static Comment comment(ResultSet rs) throws SQLException {
        long authorId = rs.getLong("author_id");
        Long author = rs.wasNull() ? null : authorId;
        return new Comment(rs.getLong("id"), rs.getLong("discussion_id"), author, rs.getString("author"),
                rs.getString("text"), Json.mapper().convertValue(Json.tree(rs.getString("mentions")), IDS),
                Timestamps.parse(rs.getString("created_at")), Timestamps.parse(rs.getString("updated_at")));
    }
}
