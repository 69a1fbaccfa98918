package dev.duet.localization;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.duet.content.Stories;
import dev.duet.content.Story;
import dev.duet.content.StoryInput;
import dev.duet.content.StoryService;
import dev.duet.failure.InvalidInput;
import dev.duet.web.Json;

import java.util.HashMap;
import java.util.List;

/**
 * Folder-level translation: a language copy of a story, or of a folder with everything in it, placed elsewhere (for
 * example under a {@code de} folder). Each copy shares its original's {@code group_id}, so both list each other as
 * {@code alternates}; content is copied as it is for a translator to overwrite.
 */
public final class LanguageCopies {

    /** Where the copy goes: {@code parent_id} (null or 0: the root), its slug and (optionally) its name. */
    public record Request(JsonNode parentId, String slug, String name) {
    }

    private final Stories stories;
    private final StoryService service;

    LanguageCopies(Stories stories, StoryService service) {
        this.stories = stories;
        this.service = service;
    }

    /** The copy of {@code storyId} (for a folder: the new folder, with copies of its descendants inside). */
    public Story copy(long spaceId, long storyId, Request request, String actor) {
        var original = stories.get(spaceId, storyId);
        if (request.slug() == null || request.slug().isBlank()) throw InvalidInput.field("slug", "is required");
        if (request.parentId() != null && !request.parentId().isNull()
                && !(request.parentId().isIntegralNumber() && request.parentId().canConvertToLong())) {
            throw InvalidInput.field("parent_id", "must be a folder id, 0 or null");
        }
        Long parentId = request.parentId() == null || request.parentId().isNull() || request.parentId().asLong() == 0
                ? null : request.parentId().asLong();
        List<Story> inside = original.isFolder() ? stories.descendants(spaceId, original) : List.of();
        if (parentId != null && (parentId == original.id() || inside.stream().anyMatch(s -> s.id() == parentId))) {
            throw InvalidInput.field("parent_id", "cannot be the folder being copied or inside it");
        }
        var name = request.name() == null || request.name().isBlank() ? original.name() : request.name();
        var copy = create(spaceId, original, parentId, name, request.slug(), actor);
        var newIds = new HashMap<Long, Long>();
        newIds.put(original.id(), copy.id());
        for (var story : inside) { // full_slug order: every folder comes before what it holds
            var created = create(spaceId, story, newIds.get(story.parentId()), story.name(), story.slug(), actor);
            newIds.put(story.id(), created.id());
        }
        return copy;
    }

    /** The copy as story answers show it: with its {@code alternates}, the original among them. */
    public ObjectNode answer(Story copy) {
        ObjectNode json = Json.mapper().valueToTree(copy);
        json.set("alternates", Json.mapper().valueToTree(stories.alternates(copy.spaceId(), copy.id(), copy.groupId())));
        return json;
    }

    private Story create(long spaceId, Story original, Long parentId, String name, String slug, String actor) {
        var parent = parentId == null ? null : JsonNodeFactory.instance.numberNode(parentId);
        var content = original.content() == null ? null : original.content().deepCopy();
        var input = new StoryInput(name, slug, parent, original.isFolder(), original.isStartpage(), content,
                original.tagList(), original.sortByDate(), original.groupId(), null, null, null,
                original.defaultRoot(), null);
        return service.create(spaceId, input, "Language copy of " + original.fullSlug(), actor);
    }
}
