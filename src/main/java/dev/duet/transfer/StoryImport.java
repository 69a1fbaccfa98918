package dev.duet.transfer;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.duet.content.Slugs;
import dev.duet.failure.Conflict;
import dev.duet.failure.InvalidInput;
import dev.duet.web.Json;
import org.jdbi.v3.core.Handle;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Imports stories one by one, keeping the tree's rules: a parent is a folder listed earlier, slugs are valid and
 * their full slugs unique, only stories have content, and a story's history is kept when the archive has one (or
 * starts at version 1 when it is hand-written, like the demo).
 */
final class StoryImport {

    private record Placed(long id, String fullSlug, boolean folder) {
    }

    private final Handle handle;
    private final String now;
    private final Map<String, Placed> byUuid = new HashMap<>();
    private final Set<String> fullSlugs = new HashSet<>();
    private final Map<Long, Integer> childCounts = new HashMap<>();
    private int count;

    StoryImport(Handle handle, String now) {
        this.handle = handle;
        this.now = now;
    }

    int count() {
        return count;
    }

    /** Adds one story; {@code content} is its draft content, already checked against the schemas. */
    void add(long spaceId, int index, JsonNode story, JsonNode content) {
        var path = "stories[" + index + "].";
        var uuid = uuid(story, path);
        var folder = story.path("is_folder").asBoolean(false);
        var startpage = story.path("is_startpage").asBoolean(false);
        var parent = parent(story, path);
        var slug = Slugs.normalise(path + "slug", ImportRun.requiredText(story, path + "slug"));
        if (startpage && parent == null) throw InvalidInput.field(path + "is_startpage", "a start page must be inside a folder");
        if (folder && content != null && !content.isNull()) throw InvalidInput.field(path + "content", "folders have no content");
        var fullSlug = Slugs.fullSlug(parent == null ? null : parent.fullSlug(), slug, startpage);
        if (!fullSlugs.add(fullSlug)) throw InvalidInput.field(path + "slug", "the full slug " + fullSlug + " is taken");
        var versions = versions(story, path, content);
        int version = versions.get(versions.size() - 1).get("number").asInt();
        var row = row(spaceId, story, uuid, parent, slug, fullSlug, folder, startpage, content, version, path);
        long id = ArchiveWrites.story(handle, row);
        for (var each : versions) ArchiveWrites.version(handle, id, (ObjectNode) each);
        ArchiveWrites.tags(handle, spaceId, id, row.tagList());
        byUuid.put(uuid, new Placed(id, fullSlug, folder));
        count++;
    }

    private String uuid(JsonNode story, String path) {
        var uuid = ImportRun.requiredText(story, path + "uuid");
        try {
            UUID.fromString(uuid);
        } catch (IllegalArgumentException e) {
            throw InvalidInput.field(path + "uuid", "must be a UUID, got " + uuid);
        }
        if (byUuid.containsKey(uuid)) throw InvalidInput.field(path + "uuid", uuid + " is listed twice");
        boolean taken = handle.createQuery("SELECT COUNT(*) FROM stories WHERE uuid = :uuid").bind("uuid", uuid)
                .mapTo(Integer.class).one() > 0;
        if (taken) throw new Conflict("a story with uuid " + uuid + " already exists in this database ("
                + path + "uuid); import the archive into another database or delete that space first");
        return uuid;
    }

    private Placed parent(JsonNode story, String path) {
        var parentUuid = story.path("parent_uuid");
        if (parentUuid.isMissingNode() || parentUuid.isNull()) return null;
        var parent = byUuid.get(parentUuid.asText());
        if (parent == null) throw InvalidInput.field(path + "parent_uuid", "names no folder listed before this story");
        if (!parent.folder()) throw InvalidInput.field(path + "parent_uuid", "names a story, not a folder");
        return parent;
    }

    /** The archive's versions, or one version made of the draft for hand-written archives. */
    private ArrayNode versions(JsonNode story, String path, JsonNode content) {
        var given = story.get("versions");
        if (given != null && given.isArray() && !given.isEmpty()) {
            for (int i = 0; i < given.size(); i++) {
                if (given.get(i).path("number").asInt(-1) != i + 1) {
                    throw InvalidInput.field(path + "versions[" + i + "].number", "versions must be numbered 1, 2, 3 … in order");
                }
            }
            return (ArrayNode) given;
        }
        var first = Json.mapper().createObjectNode();
        first.put("number", 1);
        first.put("name", story.path("name").asText());
        first.put("slug", story.path("slug").asText());
        first.set("tag_list", tags(story));
        first.put("author", "import");
        first.put("message", "Imported");
        first.put("created_at", now);
        first.set("content", content);
        var versions = Json.mapper().createArrayNode();
        versions.add(first);
        return versions;
    }

    private ArchiveWrites.StoryRow row(long spaceId, JsonNode story, String uuid, Placed parent, String slug,
                                       String fullSlug, boolean folder, boolean startpage, JsonNode content,
                                       int version, String path) {
        var published = !folder && story.path("published").asBoolean(false);
        Integer publishedVersion = published ? publishedVersion(story, version, path) : null;
        var publishedAt = published ? ImportRun.textOr(story, "published_at", now) : null;
        var parentId = parent == null ? null : parent.id();
        int position = story.hasNonNull("position") ? story.get("position").asInt()
                : childCounts.getOrDefault(parentId == null ? 0L : parentId, 0) + 1;
        childCounts.merge(parentId == null ? 0L : parentId, 1, Integer::sum);
        return new ArchiveWrites.StoryRow(uuid, spaceId, parentId, ImportRun.requiredText(story, path + "name"), slug,
                fullSlug, folder, startpage, position, folder ? null : content, tags(story),
                ImportRun.textOr(story, "sort_by_date", null), ImportRun.textOr(story, "group_id", UUID.randomUUID().toString()),
                ImportRun.textOr(story, "lang", "default"), ImportRun.textOr(story, "path", null), story.get("meta_data"),
                story.get("translated_slugs"), ImportRun.textOr(story, "default_root", null), version, publishedVersion,
                publishedAt, published ? ImportRun.textOr(story, "first_published_at", publishedAt) : null,
                ImportRun.textOr(story, "created_at", now), ImportRun.textOr(story, "updated_at", now),
                ImportRun.textOr(story, "created_by", "import"), ImportRun.textOr(story, "updated_by", "import"));
    }

    private static int publishedVersion(JsonNode story, int version, String path) {
        var given = story.get("published_version");
        if (given == null || given.isNull()) return version;
        if (given.asInt() < 1 || given.asInt() > version) {
            throw InvalidInput.field(path + "published_version", "must be one of the story's versions (1 to " + version + ")");
        }
        return given.asInt();
    }

    private static JsonNode tags(JsonNode story) {
        var tags = story.get("tag_list");
        return tags != null && tags.isArray() ? tags : Json.mapper().createArrayNode();
    }
}
