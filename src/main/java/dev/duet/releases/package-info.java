/**
 * Releases: named bundles of story versions that are published together.
 *
 * <p>A release ({@link dev.duet.releases.Release}) holds items ({@link dev.duet.releases.ReleaseItem}): a story and
 * the version the release will publish, pinned when the story is added or re-pinned. A story can be in several open
 * releases. An item conflicts ({@link dev.duet.releases.ReleaseConflict}) when the story was deleted or someone other
 * than the person who pinned it saved a newer version since.
 *
 * <p>Public API: {@link dev.duet.releases.Releases} ({@code merge(spaceId, releaseId, force, actor)} publishes a whole
 * release in one transaction with one cache-version bump and one {@code release.merged} feed entry and webhook;
 * {@code revert(spaceId, releaseId, actor)} restores what was published before; both go through
 * {@code StoryPublishing.publishAll}, so story hooks such as workflow stages can refuse them) and
 * {@link dev.duet.releases.ReleaseRoutes} under {@code /api/spaces/{space_id}/releases}. Delivery previews a release
 * with {@code from_release} (see the delivery package); it reads the release tables itself, read-only.
 */
package dev.duet.releases;
