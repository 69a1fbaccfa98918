package dev.duet.transfer;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.duet.web.Json;
import org.jdbi.v3.core.Handle;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Comparator;
import java.util.List;

/**
 * The SQL an export needs: every row of a space, as archive JSON. Orders are fixed in Java (not by database
 * collations, which differ between SQLite and PostgreSQL) so the same space exports the same bytes everywhere.
 */
final class ArchiveReads {

    private ArchiveReads() {
    }

    /** A story's place in the export order: by full slug, so every parent precedes its children. */
    record StoryRef(long id, String fullSlug) {
    }

    static ObjectNode space(Handle handle, long spaceId) {
        return handle.createQuery("SELECT name, default_language, languages, preview_url FROM spaces WHERE id = :id")
                .bind("id", spaceId).map((rs, c) -> {
                    var space = object();
                    space.put("name", rs.getString("name"));
                    space.put("default_language", rs.getString("default_language"));
                    space.set("languages", json(rs.getString("languages")));
                    space.put("preview_url", rs.getString("preview_url"));
                    return space;
                }).findOne().orElseThrow(() -> new dev.duet.failure.NotFound("space", spaceId));
    }

    static List<ObjectNode> componentGroups(Handle handle, long spaceId) {
        return handle.createQuery("SELECT uuid, name FROM component_groups WHERE space_id = :space")
                .bind("space", spaceId).map((rs, c) -> {
                    var group = object();
                    group.put("uuid", rs.getString("uuid"));
                    group.put("name", rs.getString("name"));
                    return group;
                }).list().stream().sorted(byText("name")).toList();
    }

    static List<ObjectNode> components(Handle handle, long spaceId) {
        return handle.createQuery("SELECT * FROM components WHERE space_id = :space").bind("space", spaceId)
                .map((rs, c) -> component(rs)).list().stream().sorted(byText("name")).toList();
    }

    private static ObjectNode component(ResultSet rs) throws SQLException {
        var component = object();
        component.put("name", rs.getString("name"));
        component.put("display_name", rs.getString("display_name"));
        component.put("is_root", rs.getBoolean("is_root"));
        component.put("is_nestable", rs.getBoolean("is_nestable"));
        component.put("component_group_uuid", rs.getString("component_group_uuid"));
        component.put("preview_field", rs.getString("preview_field"));
        component.put("image", rs.getString("image"));
        component.put("color", rs.getString("color"));
        component.put("icon", rs.getString("icon"));
        component.set("schema", json(rs.getString("schema")));
        component.put("created_at", rs.getString("created_at"));
        component.put("updated_at", rs.getString("updated_at"));
        return component;
    }

    static List<ObjectNode> datasources(Handle handle, long spaceId) {
        var datasources = handle.createQuery("SELECT id, name, slug, created_at, updated_at FROM datasources WHERE space_id = :space")
                .bind("space", spaceId).map((rs, c) -> {
                    var datasource = object();
                    datasource.put("id", rs.getLong("id"));
                    datasource.put("name", rs.getString("name"));
                    datasource.put("slug", rs.getString("slug"));
                    datasource.put("created_at", rs.getString("created_at"));
                    datasource.put("updated_at", rs.getString("updated_at"));
                    return datasource;
                }).list();
        for (var datasource : datasources) {
            long id = datasource.remove("id").asLong();
            datasource.set("dimensions", dimensions(handle, id));
            datasource.set("entries", entries(handle, id));
        }
        return datasources.stream().sorted(byText("slug")).toList();
    }

    private static ArrayNode dimensions(Handle handle, long datasourceId) {
        var dimensions = Json.mapper().createArrayNode();
        handle.createQuery("SELECT name, entry_value FROM datasource_dimensions WHERE datasource_id = :id")
                .bind("id", datasourceId).map((rs, c) -> {
                    var dimension = object();
                    dimension.put("name", rs.getString("name"));
                    dimension.put("entry_value", rs.getString("entry_value"));
                    return dimension;
                }).list().stream().sorted(byText("entry_value")).forEach(dimensions::add);
        return dimensions;
    }

    private static ArrayNode entries(Handle handle, long datasourceId) {
        var entries = Json.mapper().createArrayNode();
        var rows = handle.createQuery("SELECT id, name, value FROM datasource_entries WHERE datasource_id = :id "
                        + "ORDER BY position, id")
                .bind("id", datasourceId).map((rs, c) -> {
                    var entry = object();
                    entry.put("id", rs.getLong("id"));
                    entry.put("name", rs.getString("name"));
                    entry.put("value", rs.getString("value"));
                    return entry;
                }).list();
        for (var entry : rows) {
            var values = object();
            handle.createQuery("SELECT d.entry_value, v.value FROM datasource_entry_values v "
                            + "JOIN datasource_dimensions d ON d.id = v.dimension_id WHERE v.entry_id = :entry")
                    .bind("entry", entry.remove("id").asLong())
                    .map((rs, c) -> new String[]{rs.getString(1), rs.getString(2)}).list().stream()
                    .sorted(Comparator.comparing((String[] pair) -> pair[0]))
                    .forEach(pair -> values.put(pair[0], pair[1]));
            entry.set("dimension_values", values);
            entries.add(entry);
        }
        return entries;
    }

    static List<StoryRef> storyOrder(Handle handle, long spaceId) {
        return handle.createQuery("SELECT id, full_slug FROM stories WHERE space_id = :space").bind("space", spaceId)
                .map((rs, c) -> new StoryRef(rs.getLong("id"), rs.getString("full_slug"))).list().stream()
                .sorted(Comparator.comparing(StoryRef::fullSlug)).toList();
    }

    static ObjectNode story(Handle handle, long storyId) {
        var story = handle.createQuery("SELECT s.*, p.uuid AS parent_uuid FROM stories s "
                        + "LEFT JOIN stories p ON p.id = s.parent_id WHERE s.id = :id")
                .bind("id", storyId).map((rs, c) -> storyFields(rs)).one();
        story.set("versions", versions(handle, storyId));
        return story;
    }

    private static ObjectNode storyFields(ResultSet rs) throws SQLException {
        var story = object();
        story.put("uuid", rs.getString("uuid"));
        story.put("name", rs.getString("name"));
        story.put("slug", rs.getString("slug"));
        story.put("parent_uuid", rs.getString("parent_uuid"));
        story.put("is_folder", rs.getBoolean("is_folder"));
        story.put("is_startpage", rs.getBoolean("is_startpage"));
        story.put("position", rs.getInt("position"));
        story.set("tag_list", json(rs.getString("tag_list")));
        story.put("sort_by_date", rs.getString("sort_by_date"));
        var published = rs.getInt("published_version");
        story.put("published", !rs.wasNull());
        story.set("content", json(rs.getString("content")));
        story.put("group_id", rs.getString("group_id"));
        story.put("lang", rs.getString("lang"));
        story.put("path", rs.getString("path"));
        story.set("meta_data", json(rs.getString("meta_data")));
        story.set("translated_slugs", json(rs.getString("translated_slugs")));
        story.put("default_root", rs.getString("default_root"));
        if (story.get("published").asBoolean()) story.put("published_version", published);
        else story.putNull("published_version");
        story.put("published_at", rs.getString("published_at"));
        story.put("first_published_at", rs.getString("first_published_at"));
        story.put("created_at", rs.getString("created_at"));
        story.put("updated_at", rs.getString("updated_at"));
        story.put("created_by", rs.getString("created_by"));
        story.put("updated_by", rs.getString("updated_by"));
        return story;
    }

    private static ArrayNode versions(Handle handle, long storyId) {
        var versions = Json.mapper().createArrayNode();
        handle.createQuery("SELECT * FROM story_versions WHERE story_id = :id ORDER BY number")
                .bind("id", storyId).map((rs, c) -> {
                    var version = object();
                    version.put("number", rs.getInt("number"));
                    version.put("name", rs.getString("name"));
                    version.put("slug", rs.getString("slug"));
                    version.set("tag_list", json(rs.getString("tag_list")));
                    version.put("author", rs.getString("author"));
                    version.put("message", rs.getString("message"));
                    version.put("created_at", rs.getString("created_at"));
                    version.set("content", json(rs.getString("content")));
                    return version;
                }).list().forEach(versions::add);
        return versions;
    }

    private static ObjectNode object() {
        return Json.mapper().createObjectNode();
    }

    private static JsonNode json(String text) {
        return text == null ? NullNode.getInstance() : Json.tree(text);
    }

    private static Comparator<ObjectNode> byText(String field) {
        return Comparator.comparing(node -> node.path(field).asText());
    }
}
