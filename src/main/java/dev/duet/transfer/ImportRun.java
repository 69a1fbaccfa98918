package dev.duet.transfer;

import com.fasterxml.jackson.databind.JsonNode;
import dev.duet.content.Spaces;
import dev.duet.failure.InvalidInput;
import dev.duet.schema.ComponentDraft;
import dev.duet.schema.ContentValidator;
import dev.duet.storage.Timestamps;
import dev.duet.web.Json;
import org.jdbi.v3.core.Handle;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One import in progress, inside its transaction: checks each section as it arrives and writes it. Any failure
 * throws, which rolls the whole import back. Not thread-safe; lives for one import.
 */
final class ImportRun {

    /** What the import wrote. */
    record Totals(long spaceId, int components, int datasources, long stories) {
    }

    private final Handle handle;
    private final Spaces spaces;
    private final ContentValidator validator;
    private final String now;
    private final Progress progress;
    private final Set<String> groupUuids = new HashSet<>();
    private final Set<String> seenSections = new HashSet<>();
    private final StoryImport stories;
    private Long spaceId;
    private int components;
    private int datasources;

    ImportRun(Handle handle, Spaces spaces, ContentValidator validator, Instant now, Progress progress) {
        this.handle = handle;
        this.spaces = spaces;
        this.validator = validator;
        this.now = Timestamps.format(now);
        this.progress = progress;
        this.stories = new StoryImport(handle, this.now);
    }

    void section(String name, JsonNode value) {
        if (!seenSections.add(name)) throw new InvalidArchive("the section " + name + " appears twice");
        switch (name) {
            case "format" -> checkFormat(value);
            case "format_version" -> checkVersion(value);
            case "space" -> space(value);
            case "component_groups" -> groups(requireArray(name, value));
            case "components" -> components(requireArray(name, value));
            case "datasources" -> datasources(requireArray(name, value));
            default -> { } // unknown sections are ignored, so newer archives stay readable where they can be
        }
    }

    void story(JsonNode story) {
        requireSpace("stories");
        int index = stories.count();
        var content = story.get("content");
        if (!story.path("is_folder").asBoolean(false)) {
            content = withPrefix("stories[" + index + "].content.", () -> validator.validate(spaceId, story.get("content")));
        }
        stories.add(spaceId, index, story, content);
        if (stories.count() % SpaceExport.PROGRESS_EVERY == 0) progress.advanced("stories", stories.count());
    }

    Totals finish() {
        requireSpace("space");
        progress.advanced("stories", stories.count());
        return new Totals(spaceId, components, datasources, stories.count());
    }

    private void checkFormat(JsonNode value) {
        if (!SpaceExport.FORMAT.equals(value.asText())) {
            throw new InvalidArchive("this is not a Duet space archive (format must be " + SpaceExport.FORMAT + ")");
        }
    }

    private void checkVersion(JsonNode value) {
        if (value.asInt(-1) != SpaceExport.FORMAT_VERSION) {
            throw new InvalidArchive("archive format_version " + value + " is not supported (this Duet reads "
                    + SpaceExport.FORMAT_VERSION + ")");
        }
    }

    private void space(JsonNode value) {
        if (!seenSections.contains("format")) {
            throw new InvalidArchive("this is not a Duet space archive (it must start with \"format\": \""
                    + SpaceExport.FORMAT + "\")");
        }
        var settings = withPrefix("space.", () -> Json.mapper().convertValue(value, Spaces.Settings.class));
        spaceId = withPrefix("space.", () -> spaces.create(settings)).id();
    }

    private void groups(List<JsonNode> groups) {
        requireSpace("component_groups");
        for (int i = 0; i < groups.size(); i++) {
            var uuid = requiredText(groups.get(i), "component_groups[" + i + "].uuid");
            var name = requiredText(groups.get(i), "component_groups[" + i + "].name");
            if (!groupUuids.add(uuid)) throw InvalidInput.field("component_groups[" + i + "].uuid", "is listed twice");
            boolean taken = handle.createQuery("SELECT COUNT(*) FROM component_groups WHERE uuid = :uuid")
                    .bind("uuid", uuid).mapTo(Integer.class).one() > 0;
            if (taken) throw new dev.duet.failure.Conflict("a component group with uuid " + uuid + " already exists in this "
                    + "database (component_groups[" + i + "].uuid); import the archive into another database or delete that space first");
            ArchiveWrites.group(handle, spaceId, uuid, name);
        }
    }

    private void components(List<JsonNode> list) {
        requireSpace("components");
        var drafts = new ArrayList<ComponentDraft>();
        var names = new HashSet<String>();
        for (int i = 0; i < list.size(); i++) {
            var json = list.get(i);
            var draft = withPrefix("components[" + i + "].", () -> ComponentDraft.parse(json));
            if (!names.add(draft.name())) throw InvalidInput.field("components[" + i + "].name", draft.name() + " is listed twice");
            drafts.add(draft);
        }
        checkReferences(drafts, names);
        for (int i = 0; i < drafts.size(); i++) {
            var json = list.get(i);
            ArchiveWrites.component(handle, spaceId, drafts.get(i), textOr(json, "created_at", now), textOr(json, "updated_at", now));
        }
        components = drafts.size();
    }

    private void checkReferences(List<ComponentDraft> drafts, Set<String> names) {
        var problems = new ArrayList<InvalidInput.Problem>();
        for (int i = 0; i < drafts.size(); i++) {
            var draft = drafts.get(i);
            var prefix = "components[" + i + "].";
            for (var reference : draft.schema().componentReferences()) {
                if (!names.contains(reference.target())) {
                    problems.add(new InvalidInput.Problem(prefix + reference.path(), "names the unknown component " + reference.target()));
                }
            }
            for (var reference : draft.schema().groupReferences()) {
                if (!groupUuids.contains(reference.target())) {
                    problems.add(new InvalidInput.Problem(prefix + reference.path(), "names the unknown group " + reference.target()));
                }
            }
            if (draft.componentGroupUuid() != null && !groupUuids.contains(draft.componentGroupUuid())) {
                problems.add(new InvalidInput.Problem(prefix + "component_group_uuid", "names the unknown group " + draft.componentGroupUuid()));
            }
        }
        if (!problems.isEmpty()) throw new InvalidArchive("components refer to things the archive does not have", problems);
    }

    private void datasources(List<JsonNode> list) {
        requireSpace("datasources");
        var slugs = new HashSet<String>();
        for (int i = 0; i < list.size(); i++) {
            var json = list.get(i);
            var path = "datasources[" + i + "].";
            var slug = requiredText(json, path + "slug");
            if (!slugs.add(slug)) throw InvalidInput.field(path + "slug", slug + " is listed twice");
            long id = ArchiveWrites.datasource(handle, spaceId, requiredText(json, path + "name"), slug,
                    textOr(json, "created_at", now), textOr(json, "updated_at", now));
            var dimensions = new HashMap<String, Long>();
            var dimensionList = json.path("dimensions");
            for (int d = 0; d < dimensionList.size(); d++) {
                var dimension = dimensionList.get(d);
                var key = requiredText(dimension, path + "dimensions[" + d + "].entry_value");
                if (dimensions.containsKey(key)) throw InvalidInput.field(path + "dimensions[" + d + "].entry_value", key + " is listed twice");
                dimensions.put(key, ArchiveWrites.dimension(handle, id,
                        requiredText(dimension, path + "dimensions[" + d + "].name"), key, now));
            }
            entries(id, path, json.path("entries"), dimensions);
        }
        datasources = list.size();
    }

    private void entries(long datasourceId, String path, JsonNode entries, Map<String, Long> dimensions) {
        var names = new HashSet<String>();
        for (int e = 0; e < entries.size(); e++) {
            var entry = entries.get(e);
            var entryPath = path + "entries[" + e + "].";
            var name = requiredText(entry, entryPath + "name");
            if (!names.add(name)) throw InvalidInput.field(entryPath + "name", name + " is listed twice");
            var values = new HashMap<Long, String>();
            var given = entry.path("dimension_values");
            given.fieldNames().forEachRemaining(key -> {
                var dimensionId = dimensions.get(key);
                if (dimensionId == null) throw InvalidInput.field(entryPath + "dimension_values." + key, "is not a dimension of this datasource");
                values.put(dimensionId, given.get(key).asText());
            });
            ArchiveWrites.entry(handle, datasourceId, e + 1, name, entry.path("value").asText(""), values);
        }
    }

    private void requireSpace(String section) {
        if (spaceId == null) throw new InvalidArchive("the space section must come before " + section);
    }

    private static List<JsonNode> requireArray(String name, JsonNode value) {
        if (!value.isArray()) throw InvalidInput.field(name, "must be an array");
        var list = new ArrayList<JsonNode>();
        value.forEach(list::add);
        return list;
    }

    static String requiredText(JsonNode node, String path) {
        var key = path.substring(path.lastIndexOf('.') + 1);
        var value = node.get(key);
        if (value == null || !value.isTextual() || value.asText().isBlank()) throw InvalidInput.field(path, "is required");
        return value.asText();
    }

    static String textOr(JsonNode node, String key, String fallback) {
        var value = node.get(key);
        return value == null || value.isNull() ? fallback : value.asText();
    }

    /** Runs a check whose problems name paths inside one part of the archive, and names them from the archive's top. */
    static <T> T withPrefix(String prefix, java.util.function.Supplier<T> check) {
        try {
            return check.get();
        } catch (InvalidInput e) {
            var problems = e.details().stream()
                    .filter(InvalidInput.Problem.class::isInstance).map(InvalidInput.Problem.class::cast)
                    .map(p -> new InvalidInput.Problem(prefix + p.path(), p.message())).toList();
            if (problems.isEmpty()) throw new InvalidArchive(prefix + " " + e.getMessage());
            throw new InvalidArchive(e.getMessage() + " (" + problems.getFirst() + ")", problems);
        } catch (IllegalArgumentException e) {
            throw new InvalidArchive(prefix.substring(0, prefix.length() - 1) + " is malformed: " + e.getMessage());
        }
    }
}
