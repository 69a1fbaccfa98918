package dev.duet.presence;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * One place both sides changed differently since the base. {@code id} names the place by block {@code _uid}s
 * ({@code content.body[hero-1].headline}, {@code story.name}) so it stays the same however blocks move: resolutions
 * refer to it. {@code path} is where it is in the editor's terms ({@code body[0].headline}), {@code label} what people
 * read ({@code Body › Hero › Headline}). A null side means that side removed the block or field.
 */
public record MergeConflict(String id, String path, String label, JsonNode base, JsonNode theirs, JsonNode mine) {
}
