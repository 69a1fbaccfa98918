package dev.duet.content;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.List;

/**
 * The {@code story} object of a create or update request. On update an absent field keeps its value; an empty string
 * clears an optional text field and {@code null} clears {@code meta_data} or {@code translated_slugs}.
 * {@code parent_id} is a folder id, or {@code null} / {@code 0} for the root, as in Storyblok. {@code version} is
 * the version the story was read at: a client that sends back the story it read needs no separate version field.
 * Read-only fields of a story sent back (id, full_slug, published_at, ...) are ignored.
 */
public record StoryInput(String name, String slug, JsonNode parentId, Boolean isFolder, Boolean isStartpage,
                         JsonNode content, List<String> tagList, String sortByDate, String groupId, String path,
                         JsonNode metaData, JsonNode translatedSlugs, String defaultRoot, Long version) {
}
