package dev.duet.content;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;

import java.time.Instant;
import java.util.List;

/**
 * One immutable saved state of a story: what its name, slug, content and tags were after a save, who saved it and
 * why. Listings leave {@code content} out.
 */
public record StoryVersion(long storyId, int number, String name, String slug,
                           @JsonInclude(JsonInclude.Include.NON_NULL) JsonNode content, List<String> tagList,
                           String author, String message, Instant createdAt) {
    public StoryVersion {
        tagList = List.copyOf(tagList);
    }
}
