package dev.duet.content;

import dev.duet.failure.NotFound;
import dev.duet.storage.Database;
import dev.duet.storage.Timestamps;
import dev.duet.web.Json;
import org.jdbi.v3.core.Handle;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;

/** The story versions repository: append-only, so any version ever saved can be shown, compared or published. */
public final class StoryVersions {

    private static final String LIST_COLUMNS = "story_id, number, name, slug, tag_list, author, message, created_at";

    private final Database db;

    public StoryVersions(Database db) {
        this.db = db;
    }

    void append(Handle handle, long storyId, int number, StoryFields fields, String author, String message, Instant now) {
        handle.createUpdate("INSERT INTO story_versions (story_id, number, name, slug, content, tag_list, author, message, "
                        + "created_at) VALUES (:story, :number, :name, :slug, :content, :tags, :author, :message, :now)")
                .bind("story", storyId).bind("number", number).bind("name", fields.name()).bind("slug", fields.slug())
                .bind("content", Stories.json(fields.content())).bind("tags", Json.write(fields.tagList()))
                .bind("author", author).bind("message", message).bind("now", Timestamps.format(now)).execute();
    }

    /** The version with its content, or a 404 naming it. */
    public StoryVersion get(Handle handle, long storyId, int number) {
        return handle.createQuery("SELECT " + LIST_COLUMNS + ", content FROM story_versions "
                        + "WHERE story_id = :story AND number = :number")
                .bind("story", storyId).bind("number", number).map((rs, c) -> map(rs, true)).findOne()
                .orElseThrow(() -> new NotFound("version", number + " of story " + storyId));
    }

    public StoryVersion get(long storyId, int number) {
        return db.read(handle -> get(handle, storyId, number));
    }

    /** Newest first, without content. */
    public List<StoryVersion> list(long storyId, int offset, int limit) {
        return db.read(handle -> handle.createQuery("SELECT " + LIST_COLUMNS + " FROM story_versions WHERE story_id = :story "
                        + "ORDER BY number DESC LIMIT :limit OFFSET :offset")
                .bind("story", storyId).bind("limit", limit).bind("offset", offset).map((rs, c) -> map(rs, false)).list());
    }

    public long count(long storyId) {
        return db.read(handle -> handle.createQuery("SELECT COUNT(*) FROM story_versions WHERE story_id = :story")
                .bind("story", storyId).mapTo(Long.class).one());
    }

    private static StoryVersion map(ResultSet rs, boolean withContent) throws SQLException {
        return new StoryVersion(rs.getLong("story_id"), rs.getInt("number"), rs.getString("name"), rs.getString("slug"),
                withContent ? Stories.tree(rs.getString("content")) : null, Stories.tags(rs.getString("tag_list")),
                rs.getString("author"), rs.getString("message"), Timestamps.parse(rs.getString("created_at")));
    }
}
