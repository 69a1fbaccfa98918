package dev.duet.presence;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.List;

/** The fields of a story that versions keep and a merge reconciles: name, slug, tags and the content's root blok. */
public record Snapshot(String name, String slug, List<String> tagList, JsonNode content) {
    public Snapshot {
        tagList = List.copyOf(tagList);
    }
}
