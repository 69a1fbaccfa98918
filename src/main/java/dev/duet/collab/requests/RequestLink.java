package dev.duet.collab.requests;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * A link from a request to the work it concerns: a story, release or experiment of a space ({@code space_id} with
 * {@code id}, or {@code key} for an experiment), or a goal (by {@code id}; goals are company-wide).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record RequestLink(String kind, Long spaceId, Long id, String key) {

    public static final java.util.List<String> KINDS = java.util.List.of("story", "release", "experiment", "goal");
}
