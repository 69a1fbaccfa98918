package dev.duet.releases;

import java.util.List;

/**
 * Why a story in a release no longer matches what was pinned: it was {@code deleted}, or {@code changed} outside the
 * release (someone other than the person who pinned it saved {@code versions} since, as {@code changedBy}).
 * {@code message} says it in words for people.
 */
public record ReleaseConflict(long storyId, String storyName, String reason, List<Integer> versions,
                              List<String> changedBy, String message) {

    public ReleaseConflict {
        versions = List.copyOf(versions);
        changedBy = List.copyOf(changedBy);
    }

    static ReleaseConflict deleted(long storyId, String storyName) {
        return new ReleaseConflict(storyId, storyName, "deleted", List.of(), List.of(),
                "“" + storyName + "” was deleted after it was added to the release");
    }

    static ReleaseConflict changed(long storyId, String storyName, List<Integer> versions, List<String> authors) {
        return new ReleaseConflict(storyId, storyName, "changed", versions, authors, "“" + storyName + "” was changed by "
                + String.join(", ", authors) + " after it was added (version" + (versions.size() == 1 ? " " : "s ")
                + versions.stream().map(String::valueOf).reduce((a, b) -> a + ", " + b).orElse("") + ")");
    }
}
