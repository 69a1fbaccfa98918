package dev.duet.content;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import dev.duet.failure.InvalidInput;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * The checked, normalised fields of a story as a request leaves them: every rule that needs no database lives here,
 * and every broken rule is reported at once, each with its path ({@code story.slug}).
 */
record StoryFields(String name, String slug, boolean isFolder, boolean isStartpage, JsonNode content,
                   List<String> tagList, String sortByDate, String groupId, String path, JsonNode metaData,
                   JsonNode translatedSlugs, String defaultRoot) {

    static final int MAX_NAME = 255;
    static final int MAX_TAG = 100;

    StoryFields {
        tagList = List.copyOf(tagList);
    }

    /** A new story's fields; a story without content gets the folder's default content type, as in Storyblok. */
    static StoryFields forCreate(StoryInput input, String folderDefaultRoot) {
        var check = new Checks();
        boolean folder = Boolean.TRUE.equals(input.isFolder());
        var name = check.name(input.name(), true);
        var slug = input.slug() != null ? check.slug(input.slug()) : name == null ? null : check.slug(name);
        var content = input.content();
        if (!folder && (content == null || content.isNull()) && folderDefaultRoot != null) {
            content = JsonNodeFactory.instance.objectNode().put("component", folderDefaultRoot);
        }
        var fields = new StoryFields(name, slug, folder, Boolean.TRUE.equals(input.isStartpage()),
                check.content(folder, content), check.tags(input.tagList() == null ? List.of() : input.tagList()),
                check.date(input.sortByDate()), input.groupId() == null ? UUID.randomUUID().toString() : check.groupId(input.groupId()),
                check.path(input.path()), check.metaData(input.metaData()), check.translatedSlugs(input.translatedSlugs()),
                check.defaultRoot(folder, input.defaultRoot()));
        check.startpage(fields);
        check.done();
        return fields;
    }

    /** The fields of {@code current} changed as {@code input} asks. */
    static StoryFields forUpdate(Story current, StoryInput input) {
        var check = new Checks();
        if (input.isFolder() != null && input.isFolder() != current.isFolder()) {
            check.problem("story.is_folder", "cannot change; create a new " + (current.isFolder() ? "story" : "folder") + " instead");
        }
        boolean folder = current.isFolder();
        var fields = new StoryFields(
                input.name() == null ? current.name() : check.name(input.name(), true),
                input.slug() == null ? current.slug() : check.slug(input.slug()),
                folder,
                input.isStartpage() == null ? current.isStartpage() : input.isStartpage(),
                input.content() == null ? current.content() : check.content(folder, input.content()),
                input.tagList() == null ? current.tagList() : check.tags(input.tagList()),
                input.sortByDate() == null ? current.sortByDate() : check.date(input.sortByDate()),
                input.groupId() == null ? current.groupId() : check.groupId(input.groupId()),
                input.path() == null ? current.path() : check.path(input.path()),
                input.metaData() == null ? current.metaData() : check.metaData(input.metaData()),
                input.translatedSlugs() == null ? current.translatedSlugs() : check.translatedSlugs(input.translatedSlugs()),
                input.defaultRoot() == null ? current.defaultRoot() : check.defaultRoot(folder, input.defaultRoot()));
        check.startpage(fields);
        check.done();
        return fields;
    }

    static StoryFields of(Story story) {
        return new StoryFields(story.name(), story.slug(), story.isFolder(), story.isStartpage(), story.content(),
                story.tagList(), story.sortByDate(), story.groupId(), story.path(), story.metaData(),
                story.translatedSlugs(), story.defaultRoot());
    }

    StoryFields withContent(JsonNode newContent) {
        return new StoryFields(name, slug, isFolder, isStartpage, newContent, tagList, sortByDate, groupId, path,
                metaData, translatedSlugs, defaultRoot);
    }

    StoryFields withVersioned(String newName, String newSlug, JsonNode newContent, List<String> newTags) {
        return new StoryFields(newName, newSlug, isFolder, isStartpage, newContent, newTags, sortByDate, groupId, path,
                metaData, translatedSlugs, defaultRoot);
    }

    /** The root blok's component, kept beside the content so lists can filter by content type. */
    String contentType() {
        return content == null ? null : content.path("component").asText(null);
    }

    /** Whether going from {@code before} to these fields is a change worth a new version: the fields versions keep. */
    boolean versionedChangeFrom(StoryFields before) {
        return !name.equals(before.name) || !slug.equals(before.slug) || !Objects.equals(content, before.content)
                || !tagList.equals(before.tagList);
    }

    /** Collects every broken rule of one request so the answer lists them all. */
    private static final class Checks {
        private final List<InvalidInput.Problem> problems = new ArrayList<>();

        void problem(String path, String message) {
            problems.add(new InvalidInput.Problem(path, message));
        }

        void done() {
            if (problems.size() == 1) throw InvalidInput.field(problems.getFirst().path(), problems.getFirst().message());
            if (!problems.isEmpty()) throw new InvalidInput("the story has " + problems.size() + " problems", problems);
        }

        String name(String name, boolean required) {
            if (name == null || name.isBlank()) {
                if (required) problem("story.name", "is required");
                return null;
            }
            if (name.strip().length() > MAX_NAME) problem("story.name", "must be at most " + MAX_NAME + " characters");
            return name.strip();
        }

        String slug(String raw) {
            try {
                return Slugs.normalise("story.slug", raw);
            } catch (InvalidInput e) {
                problem("story.slug", ((InvalidInput.Problem) e.details().getFirst()).message());
                return null;
            }
        }

        JsonNode content(boolean folder, JsonNode content) {
            boolean absent = content == null || content.isNull();
            if (folder) {
                if (!absent && !(content.isObject() && content.isEmpty())) problem("story.content", "folders have no content");
                return null;
            }
            if (absent || !content.isObject()) {
                problem("story.content", "is required: an object whose \"component\" names the content type, "
                        + "e.g. {\"component\": \"page\"}");
                return null;
            }
            var component = content.get("component");
            if (component == null || !component.isTextual() || component.asText().isBlank()) {
                problem("story.content.component", "is required: the name of the story's content type, e.g. \"page\"");
            }
            return content;
        }

        List<String> tags(List<String> tags) {
            var unique = new LinkedHashSet<String>();
            for (int i = 0; i < tags.size(); i++) {
                var tag = tags.get(i);
                var path = "story.tag_list[" + i + "]";
                if (tag == null || tag.isBlank()) problem(path, "must not be blank");
                else if (tag.contains(",")) problem(path, "must not contain a comma (lists of tags are comma-separated)");
                else if (tag.strip().length() > MAX_TAG) problem(path, "must be at most " + MAX_TAG + " characters");
                else unique.add(tag.strip());
            }
            return List.copyOf(unique);
        }

        String date(String date) {
            if (date == null || date.isBlank()) return null;
            try {
                return LocalDate.parse(date.strip()).toString();
            } catch (DateTimeParseException e) {
                problem("story.sort_by_date", "must be a date like 2025-03-31, got " + date);
                return null;
            }
        }

        String groupId(String groupId) {
            try {
                var uuid = UUID.fromString(groupId.strip());
                if (uuid.toString().equalsIgnoreCase(groupId.strip())) return uuid.toString();
            } catch (IllegalArgumentException e) {
                // reported below
            }
            problem("story.group_id", "must be a UUID like 3f2c8a1e-0b6d-4c3e-9a57-2f1d0c9e8b7a, got " + groupId);
            return null;
        }

        String path(String path) {
            if (path == null || path.isBlank()) return null;
            if (path.strip().length() > 1000) problem("story.path", "must be at most 1000 characters");
            return path.strip();
        }

        JsonNode metaData(JsonNode metaData) {
            if (metaData == null || metaData.isNull()) return null;
            if (!metaData.isObject()) problem("story.meta_data", "must be an object or null");
            return metaData;
        }

        JsonNode translatedSlugs(JsonNode slugs) {
            if (slugs == null || slugs.isNull()) return null;
            if (!slugs.isArray()) problem("story.translated_slugs", "must be an array or null");
            return slugs;
        }

        String defaultRoot(boolean folder, String component) {
            if (component == null || component.isBlank()) return null;
            if (!folder) problem("story.default_root", "only folders have a default content type");
            else if (component.strip().length() > 100) problem("story.default_root", "must be at most 100 characters");
            return component.strip();
        }

        void startpage(StoryFields fields) {
            if (fields.isFolder() && fields.isStartpage()) problem("story.is_startpage", "a folder cannot be a start page");
        }
    }
}
