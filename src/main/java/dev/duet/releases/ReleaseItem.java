package dev.duet.releases;

import java.time.Instant;

/**
 * One story in a release: the version the release publishes ({@code versionNumber}) and the story's latest version
 * when it was pinned ({@code baseVersion}). {@code previousVersion} is what was published before the merge (null:
 * not published, or not merged yet). The story's current state is filled in on reads: {@code fullSlug} and
 * {@code latestVersion} (null once the story was deleted) and {@code conflict} (null when there is none).
 */
public record ReleaseItem(long releaseId, long storyId, String storyName, String fullSlug, int versionNumber,
                          int baseVersion, Integer latestVersion, String addedBy, Instant addedAt, String pinnedBy,
                          Instant pinnedAt, Integer previousVersion, ReleaseConflict conflict) {

    ReleaseItem withCurrent(String name, String slug, Integer latest, ReleaseConflict found) {
        return new ReleaseItem(releaseId, storyId, name, slug, versionNumber, baseVersion, latest, addedBy, addedAt,
                pinnedBy, pinnedAt, previousVersion, found);
    }
}
