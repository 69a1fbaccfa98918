package dev.duet.transfer;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.duet.schema.ComponentDraft;
import dev.duet.web.Json;
import org.jdbi.v3.core.Handle;

import java.util.Map;

/** The SQL an import needs: rows inserted as the archive has them, inside the import's one transaction. */
final class ArchiveWrites {

    private ArchiveWrites() {
    }

    static void group(Handle handle, long spaceId, String uuid, String name) {
        handle.createUpdate("INSERT INTO component_groups (uuid, space_id, name) VALUES (:uuid, :space, :name)")
                .bind("uuid", uuid).bind("space", spaceId).bind("name", name).execute();
    }

    static void component(Handle handle, long spaceId, ComponentDraft draft, String createdAt, String updatedAt) {
        handle.createUpdate("INSERT INTO components (space_id, name, display_name, schema, is_root, is_nestable, "
                        + "component_group_uuid, preview_field, image, color, icon, created_at, updated_at, version) VALUES "
                        + "(:space, :name, :display, :schema, :root, :nestable, :group, :preview, :image, :color, :icon, "
                        + ":created, :updated, 1)")
                .bind("space", spaceId).bind("name", draft.name()).bind("display", draft.displayName())
                .bind("schema", Json.write(draft.schema().toJson())).bind("root", draft.isRoot())
                .bind("nestable", draft.isNestable()).bind("group", draft.componentGroupUuid())
                .bind("preview", draft.previewField()).bind("image", draft.image()).bind("color", draft.color())
                .bind("icon", draft.icon()).bind("created", createdAt).bind("updated", updatedAt).execute();
    }

    static long datasource(Handle handle, long spaceId, String name, String slug, String createdAt, String updatedAt) {
        return handle.createUpdate("INSERT INTO datasources (space_id, name, slug, created_at, updated_at) "
                        + "VALUES (:space, :name, :slug, :created, :updated)")
                .bind("space", spaceId).bind("name", name).bind("slug", slug).bind("created", createdAt)
                .bind("updated", updatedAt).executeAndReturnGeneratedKeys("id").mapTo(Long.class).one();
    }

    static long dimension(Handle handle, long datasourceId, String name, String entryValue, String now) {
        return handle.createUpdate("INSERT INTO datasource_dimensions (datasource_id, name, entry_value, created_at, updated_at) "
                        + "VALUES (:ds, :name, :key, :now, :now)")
                .bind("ds", datasourceId).bind("name", name).bind("key", entryValue).bind("now", now)
                .executeAndReturnGeneratedKeys("id").mapTo(Long.class).one();
    }

    static void entry(Handle handle, long datasourceId, int position, String name, String value,
                      Map<Long, String> dimensionValues) {
        long entryId = handle.createUpdate("INSERT INTO datasource_entries (datasource_id, name, value, position) "
                        + "VALUES (:ds, :name, :value, :position)")
                .bind("ds", datasourceId).bind("name", name).bind("value", value).bind("position", position)
                .executeAndReturnGeneratedKeys("id").mapTo(Long.class).one();
        dimensionValues.forEach((dimensionId, text) -> handle.createUpdate(
                        "INSERT INTO datasource_entry_values (entry_id, dimension_id, value) VALUES (:entry, :dimension, :value)")
                .bind("entry", entryId).bind("dimension", dimensionId).bind("value", text).execute());
    }

    /** A story row as the import has settled it; timestamps and authors are kept as the archive had them. */
    record StoryRow(String uuid, long spaceId, Long parentId, String name, String slug, String fullSlug, boolean folder,
                    boolean startpage, int position, JsonNode content, JsonNode tagList, String sortByDate,
                    String groupId, String lang, String path, JsonNode metaData, JsonNode translatedSlugs,
                    String defaultRoot, int version, Integer publishedVersion, String publishedAt,
                    String firstPublishedAt, String createdAt, String updatedAt, String createdBy, String updatedBy) {
    }

    static long story(Handle handle, StoryRow row) {
        return handle.createUpdate("INSERT INTO stories (uuid, space_id, parent_id, name, slug, full_slug, is_folder, "
                        + "is_startpage, position, content, content_type, tag_list, sort_by_date, group_id, lang, path, "
                        + "meta_data, translated_slugs, default_root, version, published_version, published_at, "
                        + "first_published_at, created_at, updated_at, created_by, updated_by) VALUES (:uuid, :space, "
                        + ":parent, :name, :slug, :full_slug, :folder, :startpage, :position, :content, :content_type, "
                        + ":tags, :sort_by_date, :group_id, :lang, :path, :meta, :translated, :default_root, :version, "
                        + ":published_version, :published_at, :first_published_at, :created_at, :updated_at, "
                        + ":created_by, :updated_by)")
                .bind("uuid", row.uuid()).bind("space", row.spaceId()).bind("parent", row.parentId())
                .bind("name", row.name()).bind("slug", row.slug()).bind("full_slug", row.fullSlug())
                .bind("folder", row.folder()).bind("startpage", row.startpage()).bind("position", row.position())
                .bind("content", text(row.content())).bind("content_type", contentType(row.content()))
                .bind("tags", Json.write(row.tagList())).bind("sort_by_date", row.sortByDate())
                .bind("group_id", row.groupId()).bind("lang", row.lang()).bind("path", row.path())
                .bind("meta", text(row.metaData())).bind("translated", text(row.translatedSlugs()))
                .bind("default_root", row.defaultRoot()).bind("version", row.version())
                .bind("published_version", row.publishedVersion()).bind("published_at", row.publishedAt())
                .bind("first_published_at", row.firstPublishedAt()).bind("created_at", row.createdAt())
                .bind("updated_at", row.updatedAt()).bind("created_by", row.createdBy())
                .bind("updated_by", row.updatedBy())
                .executeAndReturnGeneratedKeys("id").mapTo(Long.class).one();
    }

    static void version(Handle handle, long storyId, ObjectNode version) {
        handle.createUpdate("INSERT INTO story_versions (story_id, number, name, slug, content, tag_list, author, message, "
                        + "created_at) VALUES (:story, :number, :name, :slug, :content, :tags, :author, :message, :created)")
                .bind("story", storyId).bind("number", version.get("number").asInt())
                .bind("name", version.get("name").asText()).bind("slug", version.get("slug").asText())
                .bind("content", text(version.get("content"))).bind("tags", Json.write(version.get("tag_list")))
                .bind("author", version.get("author").asText()).bind("message", nullableText(version.get("message")))
                .bind("created", version.get("created_at").asText()).execute();
    }

    static void tags(Handle handle, long spaceId, long storyId, JsonNode tags) {
        for (var tag : tags) {
            handle.createUpdate("INSERT INTO story_tags (space_id, story_id, name) VALUES (:space, :story, :name)")
                    .bind("space", spaceId).bind("story", storyId).bind("name", tag.asText()).execute();
        }
    }

    private static String contentType(JsonNode content) {
        return content != null && content.hasNonNull("component") ? content.get("component").asText() : null;
    }

    private static String text(JsonNode node) {
        return node == null || node.isNull() ? null : Json.write(node);
    }

    private static String nullableText(JsonNode node) {
        return node == null || node.isNull() ? null : node.asText();
    }
}
