package dev.duet.delivery;

import com.fasterxml.jackson.core.type.TypeReference;
import dev.duet.storage.Database;
import dev.duet.web.Json;
import org.jdbi.v3.core.statement.Query;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * The delivery feature's reads of stories: published versions (name, content and tags of the version the published
 * pointer names) for snapshots, and current drafts for preview. Read-only; the content feature owns every write.
 */
final class DeliveryStories {

    /** One story or folder row as delivery reads it; {@code content} is stored JSON text (null for folders). */
    record Row(StoryMeta meta, String content) {
    }

    /** The name, content (stored JSON text) and tags of the version a release pins for a story. */
    record Pinned(String name, String content, List<String> tagList) {
    }

    /** Which state of a story a read wants; {@code PLACE} reads no content (names and tags of the draft). */
    enum State { PUBLISHED, DRAFT, PLACE }

    private static final int IN_LIST_CHUNK = 500;
    private static final String PLACE = "s.id, s.uuid, s.parent_id, s.slug, s.full_slug, s.is_folder, s.is_startpage, "
            + "s.position, s.sort_by_date, s.group_id, s.path, s.meta_data, s.created_at, s.updated_at, s.published_at, "
            + "s.first_published_at, s.published_version, s.translated_slugs";
    private static final String PUBLISHED = "SELECT " + PLACE + ", COALESCE(v.name, s.name) AS name, v.content AS content, "
            + "COALESCE(v.tag_list, s.tag_list) AS tag_list FROM stories s "
            + "LEFT JOIN story_versions v ON v.story_id = s.id AND v.number = s.published_version WHERE s.space_id = :space";
    private static final String DRAFT = "SELECT " + PLACE + ", s.name AS name, s.content AS content, s.tag_list AS tag_list "
            + "FROM stories s WHERE s.space_id = :space";
    private static final String PLACES = "SELECT " + PLACE + ", s.name AS name, NULL AS content, s.tag_list AS tag_list "
            + "FROM stories s WHERE s.space_id = :space";

    private final Database db;

    DeliveryStories(Database db) {
        this.db = db;
    }

    /** Up to {@code limit} rows with ids above {@code afterId}, in id order: a whole space is read page by page. */
    List<Row> page(long spaceId, long afterId, int limit) {
        return select(PUBLISHED + " AND s.id > :after ORDER BY s.id LIMIT :limit", spaceId,
                query -> query.bind("after", afterId).bind("limit", limit));
    }

    List<Row> byIds(State state, long spaceId, Collection<Long> ids) {
        var rows = new ArrayList<Row>();
        for (var chunk : chunks(List.copyOf(ids))) {
            rows.addAll(select(base(state) + " AND s.id IN (<ids>)", spaceId, query -> query.bindList("ids", chunk)));
        }
        return rows;
    }

    List<Row> byUuids(State state, long spaceId, Collection<String> uuids) {
        var rows = new ArrayList<Row>();
        for (var chunk : chunks(List.copyOf(uuids))) {
            rows.addAll(select(base(state) + " AND s.uuid IN (<uuids>)", spaceId, query -> query.bindList("uuids", chunk)));
        }
        return rows;
    }

    List<Row> byFullSlug(State state, long spaceId, String fullSlug) {
        return select(base(state) + " AND s.full_slug = :slug", spaceId, query -> query.bind("slug", fullSlug));
    }

    /** The children of the folders {@code parentIds} (0: the root), whose positions shift when a sibling moves. */
    List<Row> children(State state, long spaceId, Collection<Long> parentIds) {
        var rows = new ArrayList<Row>();
        var folders = parentIds.stream().filter(id -> id != 0).toList();
        if (parentIds.contains(0L)) rows.addAll(select(base(state) + " AND s.parent_id IS NULL", spaceId, UnaryOperator.identity()));
        for (var chunk : chunks(folders)) {
            rows.addAll(select(base(state) + " AND s.parent_id IN (<parents>)", spaceId, query -> query.bindList("parents", chunk)));
        }
        return rows;
    }

    /** Stories whose {@code full_slug} starts with {@code prefix} (all when null), ordered by id. */
    List<Row> under(State state, long spaceId, String prefix) {
        if (prefix == null || prefix.isEmpty()) return select(base(state) + " ORDER BY s.id", spaceId, UnaryOperator.identity());
        return select(base(state) + " AND substr(s.full_slug, 1, :length) = :prefix ORDER BY s.id", spaceId,
                query -> query.bind("length", prefix.length()).bind("prefix", prefix));
    }

    /** Every story and folder without content, for the draft links list. */
    List<StoryMeta> places(long spaceId) {
        return select(PLACES, spaceId, UnaryOperator.identity()).stream().map(Row::meta).toList();
    }

    /** The stories and folders of the groups {@code groupIds} (translations of each other), for alternates. */
    List<Row> groups(long spaceId, Collection<String> groupIds) {
        var rows = new ArrayList<Row>();
        for (var chunk : chunks(List.copyOf(groupIds))) {
            rows.addAll(select(PLACES + " AND s.group_id IN (<groups>) ORDER BY s.id", spaceId,
                    query -> query.bindList("groups", chunk)));
        }
        return rows;
    }

    /**
     * The versions release {@code releaseId} of the space pins, by story id; empty for a release the space does not
     * have. (The releases feature owns those tables; delivery only reads them, as it reads stories.)
     */
    Map<Long, Pinned> pinned(long spaceId, long releaseId) {
        return db.read(handle -> handle.createQuery("SELECT ri.story_id, v.name, v.content, v.tag_list FROM release_items ri "
                        + "JOIN releases r ON r.id = ri.release_id "
                        + "JOIN story_versions v ON v.story_id = ri.story_id AND v.number = ri.version_number "
                        + "WHERE r.space_id = :space AND r.id = :release")
                .bind("space", spaceId).bind("release", releaseId)
                .reduceRows(new HashMap<Long, Pinned>(), (found, row) -> {
                    found.put(row.getColumn("story_id", Long.class), new Pinned(row.getColumn("name", String.class),
                            row.getColumn("content", String.class), tags(row.getColumn("tag_list", String.class))));
                    return found;
                }));
    }

    private static String base(State state) {
        return switch (state) {
            case PUBLISHED -> PUBLISHED;
            case DRAFT -> DRAFT;
            case PLACE -> PLACES;
        };
    }

    private List<Row> select(String sql, long spaceId, UnaryOperator<Query> binder) {
        return db.read(handle -> binder.apply(handle.createQuery(sql).bind("space", spaceId)).map((rs, c) -> map(rs)).list());
    }

    private static <T> List<List<T>> chunks(List<T> values) {
        var chunks = new ArrayList<List<T>>();
        for (int i = 0; i < values.size(); i += IN_LIST_CHUNK) {
            chunks.add(values.subList(i, Math.min(values.size(), i + IN_LIST_CHUNK)));
        }
        return chunks;
    }

    private static Row map(ResultSet rs) throws SQLException {
        long parent = rs.getLong("parent_id");
        rs.getInt("published_version");
        boolean published = !rs.wasNull();
        var meta = new StoryMeta(rs.getLong("id"), rs.getString("uuid"), rs.getString("name"), rs.getString("slug"),
                rs.getString("full_slug"), parent, rs.getBoolean("is_folder"), rs.getBoolean("is_startpage"),
                rs.getInt("position"), tags(rs.getString("tag_list")), rs.getString("sort_by_date"),
                rs.getString("group_id"), rs.getString("path"), rs.getString("meta_data"), rs.getString("created_at"),
                rs.getString("updated_at"), rs.getString("published_at"), rs.getString("first_published_at"), published,
                TranslatedSlug.parse(rs.getString("translated_slugs"), rs.getString("full_slug"), rs.getString("name")));
        return new Row(meta, rs.getString("content"));
    }

    private static List<String> tags(String json) {
        return json == null ? List.of() : Json.mapper().convertValue(Json.tree(json), new TypeReference<List<String>>() { });
    }
}
