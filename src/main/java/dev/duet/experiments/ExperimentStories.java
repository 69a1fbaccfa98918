package dev.duet.experiments;

import com.fasterxml.jackson.databind.JsonNode;
import dev.duet.storage.Database;
import dev.duet.web.Json;
import org.jdbi.v3.core.Handle;

import java.util.List;

/**
 * Reads what experiments are made of: the stories whose draft or published content holds an experiment block.
 * Experiments have no table of their own; content is their truth.
 */
public final class ExperimentStories {

    /** A story holding experiments: its draft content and its published content (null while unpublished). */
    record Holder(long id, String name, String fullSlug, int version, JsonNode draft, JsonNode live) {
    }

    /** A cheap pre-filter on the stored JSON text; the blocks themselves are then found by walking the content. */
    private static final String MARKER = "%" + ExperimentBlock.COMPONENT + "%";

    private final Database database;

    public ExperimentStories(Database database) {
        this.database = database;
    }

    List<Holder> holders(long spaceId) {
        return database.read(handle -> handle.createQuery("""
                        SELECT s.id, s.name, s.full_slug, s.version, s.content, v.content AS live
                        FROM stories s
                        LEFT JOIN story_versions v ON v.story_id = s.id AND v.number = s.published_version
                        WHERE s.space_id = :space AND (s.content LIKE :marker OR v.content LIKE :marker)
                        ORDER BY s.id""")
                .bind("space", spaceId).bind("marker", MARKER)
                .map((rs, ctx) -> new Holder(rs.getLong("id"), rs.getString("name"), rs.getString("full_slug"),
                        rs.getInt("version"), json(rs.getString("content")), json(rs.getString("live"))))
                .list());
    }

    /** The draft contents of the space's other stories that hold an experiment, inside the caller's transaction. */
    List<Holder> otherDrafts(Handle handle, long spaceId, long storyId) {
        return handle.createQuery("""
                        SELECT id, name, full_slug, version, content FROM stories
                        WHERE space_id = :space AND id <> :story AND content LIKE :marker ORDER BY id""")
                .bind("space", spaceId).bind("story", storyId).bind("marker", MARKER)
                .map((rs, ctx) -> new Holder(rs.getLong("id"), rs.getString("name"), rs.getString("full_slug"),
                        rs.getInt("version"), json(rs.getString("content")), null))
                .list();
    }

    private static JsonNode json(String text) {
        return text == null ? null : Json.tree(text);
    }
}
