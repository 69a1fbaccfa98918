package dev.duet.content;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import dev.duet.storage.Database;
import dev.duet.storage.Timestamps;
import dev.duet.web.Json;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.SqlStatement;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The stories repository: story and folder rows, their places in the tree and their tags. Methods taking a
 * {@link Handle} run inside the caller's transaction.
 */
public final class Stories {

    /** Another language's version of a story: the stories that share its {@code group_id}. */
    public record Alternate(long id, String name, String slug, String fullSlug, Long parentId, boolean isFolder,
                            boolean published) {
    }

    static final String LIST_COLUMNS = "id, uuid, space_id, name, slug, full_slug, parent_id, is_folder, is_startpage, "
            + "position, tag_list, sort_by_date, group_id, lang, path, meta_data, translated_slugs, default_root, version, "
            + "published_version, published_at, first_published_at, created_at, updated_at, created_by, updated_by";
    private static final String COLUMNS = LIST_COLUMNS + ", content";

    private final Database db;

    public Stories(Database db) {
        this.db = db;
    }

    /** The story with its draft content, or {@link StoryNotFound}. */
    public Story get(long spaceId, long storyId) {
        return db.read(handle -> get(handle, spaceId, storyId));
    }

    public Story get(Handle handle, long spaceId, long storyId) {
        return find(handle, spaceId, storyId).orElseThrow(() -> new StoryNotFound(storyId));
    }

    public Optional<Story> find(long spaceId, long storyId) {
        return db.read(handle -> find(handle, spaceId, storyId));
    }

    public Optional<Story> find(Handle handle, long spaceId, long storyId) {
        return handle.createQuery("SELECT " + COLUMNS + " FROM stories WHERE space_id = :space AND id = :id")
                .bind("space", spaceId).bind("id", storyId).map((rs, c) -> map(rs, true)).findOne();
    }

    public List<Alternate> alternates(long spaceId, long storyId, String groupId) {
        return db.read(handle -> handle.createQuery("SELECT id, name, slug, full_slug, parent_id, is_folder, published_version "
                        + "FROM stories WHERE space_id = :space AND group_id = :group AND id <> :id ORDER BY id")
                .bind("space", spaceId).bind("group", groupId).bind("id", storyId)
                .map((rs, c) -> new Alternate(rs.getLong("id"), rs.getString("name"), rs.getString("slug"),
                        rs.getString("full_slug"), nullableLong(rs, "parent_id"), rs.getBoolean("is_folder"),
                        nullableLong(rs, "published_version") != null)).list());
    }

    long insert(Handle handle, long spaceId, Long parentId, String fullSlug, int position, StoryFields fields,
                String uuid, String author, Instant now) {
        var insert = handle.createUpdate("INSERT INTO stories (uuid, space_id, parent_id, name, slug, full_slug, is_folder, "
                        + "is_startpage, position, content, content_type, tag_list, sort_by_date, group_id, path, meta_data, "
                        + "translated_slugs, default_root, version, created_at, updated_at, created_by, updated_by) VALUES "
                        + "(:uuid, :space, :parent, :name, :slug, :full_slug, :is_folder, :is_startpage, :position, :content, "
                        + ":content_type, :tag_list, :sort_by_date, :group_id, :path, :meta_data, :translated_slugs, "
                        + ":default_root, 1, :now, :now, :author, :author)")
                .bind("uuid", uuid).bind("space", spaceId).bind("parent", parentId).bind("full_slug", fullSlug)
                .bind("position", position).bind("is_folder", fields.isFolder()).bind("now", Timestamps.format(now))
                .bind("author", author);
        return bindFields(insert, fields).executeAndReturnGeneratedKeys("id").mapTo(Long.class).one();
    }

    /** Stores changed fields; {@code version} is the draft's number after the change. */
    void save(Handle handle, long storyId, StoryFields fields, String fullSlug, int version, String author, Instant now) {
        var update = handle.createUpdate("UPDATE stories SET name = :name, slug = :slug, full_slug = :full_slug, "
                        + "is_startpage = :is_startpage, content = :content, content_type = :content_type, tag_list = :tag_list, "
                        + "sort_by_date = :sort_by_date, group_id = :group_id, path = :path, meta_data = :meta_data, "
                        + "translated_slugs = :translated_slugs, default_root = :default_root, version = :version, "
                        + "updated_at = :now, updated_by = :author WHERE id = :id")
                .bind("full_slug", fullSlug).bind("version", version).bind("now", Timestamps.format(now))
                .bind("author", author).bind("id", storyId);
        bindFields(update, fields).execute();
    }

    private static <S extends SqlStatement<S>> S bindFields(S statement, StoryFields fields) {
        return statement.bind("name", fields.name()).bind("slug", fields.slug()).bind("is_startpage", fields.isStartpage())
                .bind("content", json(fields.content())).bind("content_type", fields.contentType())
                .bind("tag_list", Json.write(fields.tagList())).bind("sort_by_date", fields.sortByDate())
                .bind("group_id", fields.groupId()).bind("path", fields.path()).bind("meta_data", json(fields.metaData()))
                .bind("translated_slugs", json(fields.translatedSlugs())).bind("default_root", fields.defaultRoot());
    }

    void reparent(Handle handle, long storyId, Long parentId, String fullSlug, String author, Instant now) {
        handle.createUpdate("UPDATE stories SET parent_id = :parent, full_slug = :full_slug, updated_at = :now, "
                        + "updated_by = :author WHERE id = :id")
                .bind("parent", parentId).bind("full_slug", fullSlug).bind("now", Timestamps.format(now))
                .bind("author", author).bind("id", storyId).execute();
    }

    /** Rewrites the {@code full_slug} of every story under a folder whose own {@code full_slug} changed. */
    void rewritePrefix(Handle handle, long spaceId, String oldPrefix, String newPrefix) {
        handle.createUpdate("UPDATE stories SET full_slug = :new_prefix || substr(full_slug, :cut) "
                        + "WHERE space_id = :space AND substr(full_slug, 1, :length) = :old_prefix")
                .bind("new_prefix", newPrefix).bind("cut", oldPrefix.length() + 1).bind("space", spaceId)
                .bind("length", oldPrefix.length()).bind("old_prefix", oldPrefix).execute();
    }

    /** A folder's descendants (with their draft content), in {@code full_slug} order; used by translation exports. */
    public List<Story> descendants(long spaceId, Story folder) {
        return db.read(handle -> under(handle, spaceId, folder.childPrefix()).stream()
                .map(story -> get(handle, spaceId, story.id())).toList());
    }

    /** Every story whose {@code full_slug} starts with {@code prefix}: a folder's descendants, given its child prefix. */
    List<Story> under(Handle handle, long spaceId, String prefix) {
        return handle.createQuery("SELECT " + LIST_COLUMNS + " FROM stories "
                        + "WHERE space_id = :space AND substr(full_slug, 1, :length) = :prefix ORDER BY full_slug")
                .bind("space", spaceId).bind("length", prefix.length()).bind("prefix", prefix)
                .map((rs, c) -> map(rs, false)).list();
    }

    boolean hasChildren(Handle handle, long spaceId, long folderId) {
        return handle.createQuery("SELECT COUNT(*) FROM stories WHERE space_id = :space AND parent_id = :id")
                .bind("space", spaceId).bind("id", folderId).mapTo(Long.class).one() > 0;
    }

    /** The ids of a folder's children ({@code null}: the root's) in their order. */
    List<Long> childIds(Handle handle, long spaceId, Long parentId) {
        var query = handle.createQuery("SELECT id FROM stories WHERE space_id = :space AND " + parentIs(parentId)
                + " ORDER BY position, id").bind("space", spaceId);
        return bindParent(query, parentId).mapTo(Long.class).list();
    }

    Optional<Story> childWithSlug(Handle handle, long spaceId, Long parentId, String slug, long exceptId) {
        var query = handle.createQuery("SELECT " + LIST_COLUMNS + " FROM stories WHERE space_id = :space AND "
                        + parentIs(parentId) + " AND slug = :slug AND id <> :except")
                .bind("space", spaceId).bind("slug", slug).bind("except", exceptId);
        return bindParent(query, parentId).map((rs, c) -> map(rs, false)).findFirst();
    }

    Optional<Story> startpageOf(Handle handle, long spaceId, long folderId, long exceptId) {
        return handle.createQuery("SELECT " + LIST_COLUMNS + " FROM stories WHERE space_id = :space AND parent_id = :parent "
                        + "AND is_startpage = :yes AND id <> :except")
                .bind("space", spaceId).bind("parent", folderId).bind("yes", true).bind("except", exceptId)
                .map((rs, c) -> map(rs, false)).findFirst();
    }

    int setPosition(Handle handle, long storyId, int position) {
        return handle.createUpdate("UPDATE stories SET position = :position WHERE id = :id AND position <> :position")
                .bind("position", position).bind("id", storyId).execute();
    }

    void setPublished(Handle handle, long storyId, Integer versionNumber, String author, Instant now) {
        var at = Timestamps.format(now);
        handle.createUpdate("UPDATE stories SET published_version = :number, published_at = :published_at, "
                        + "first_published_at = COALESCE(first_published_at, :published_at), updated_at = :now, "
                        + "updated_by = :author WHERE id = :id")
                .bind("number", versionNumber).bind("published_at", versionNumber == null ? null : at)
                .bind("now", at).bind("author", author).bind("id", storyId).execute();
    }

    /** Every story and folder of the space with its draft content, by id. */
    List<Story> all(Handle handle, long spaceId) {
        return handle.createQuery("SELECT " + COLUMNS + " FROM stories WHERE space_id = :space ORDER BY id")
                .bind("space", spaceId).map((rs, c) -> map(rs, true)).list();
    }

    /** Points the published pointer at another version without touching the publication dates. */
    void repointPublished(Handle handle, long storyId, int versionNumber) {
        handle.createUpdate("UPDATE stories SET published_version = :number WHERE id = :id")
                .bind("number", versionNumber).bind("id", storyId).execute();
    }

    void setDefaultRoot(Handle handle, long storyId, String component) {
        handle.createUpdate("UPDATE stories SET default_root = :component WHERE id = :id")
                .bind("component", component).bind("id", storyId).execute();
    }

    /** Deletes a story and, through the tree's foreign key, everything under it, with their versions and tags. */
    void delete(Handle handle, long storyId) {
        handle.createUpdate("DELETE FROM stories WHERE id = :id").bind("id", storyId).execute();
    }

    void replaceTags(Handle handle, long spaceId, long storyId, List<String> tags) {
        handle.createUpdate("DELETE FROM story_tags WHERE story_id = :story").bind("story", storyId).execute();
        var batch = handle.prepareBatch("INSERT INTO story_tags (space_id, story_id, name) VALUES (:space, :story, :name)");
        for (var tag : tags) batch.bind("space", spaceId).bind("story", storyId).bind("name", tag).add();
        if (!tags.isEmpty()) batch.execute();
    }

    /** A condition on {@code parent_id}; the root needs {@code IS NULL}, which {@code =} cannot express. */
    static String parentIs(Long parentId) {
        return parentId == null ? "parent_id IS NULL" : "parent_id = :parent";
    }

    /** Binds what {@link #parentIs} refers to; nothing for the root (PostgreSQL cannot type an unused null). */
    static <S extends SqlStatement<S>> S bindParent(S statement, Long parentId) {
        return parentId == null ? statement : statement.bind("parent", parentId);
    }

    static Story map(ResultSet rs, boolean withContent) throws SQLException {
        var published = rs.getInt("published_version");
        var publishedVersion = rs.wasNull() ? null : published;
        return new Story(rs.getLong("id"), rs.getString("uuid"), rs.getLong("space_id"), rs.getString("name"),
                rs.getString("slug"), rs.getString("full_slug"), nullableLong(rs, "parent_id"),
                rs.getBoolean("is_folder"), rs.getBoolean("is_startpage"), rs.getInt("position"),
                withContent ? tree(rs.getString("content")) : null, tags(rs.getString("tag_list")),
                rs.getString("sort_by_date"), rs.getString("group_id"), rs.getString("lang"), rs.getString("path"),
                tree(rs.getString("meta_data")), tree(rs.getString("translated_slugs")), rs.getString("default_root"),
                rs.getInt("version"), publishedVersion, Timestamps.parse(rs.getString("published_at")),
                Timestamps.parse(rs.getString("first_published_at")), Timestamps.parse(rs.getString("created_at")),
                Timestamps.parse(rs.getString("updated_at")), rs.getString("created_by"), rs.getString("updated_by"));
    }

    static List<String> tags(String json) {
        return Json.mapper().convertValue(Json.tree(json), new TypeReference<List<String>>() { });
    }

    static JsonNode tree(String json) {
        return json == null ? null : Json.tree(json);
    }

    static String json(JsonNode node) {
        return node == null || node.isNull() ? null : Json.write(node);
    }

    static Long nullableLong(ResultSet rs, String column) throws SQLException {
        long value = rs.getLong(column);
        return rs.wasNull() ? null : value;
    }
}
