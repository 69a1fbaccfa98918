/**
 * Content: spaces, stories, folders, versions, publishing and tags (Storyblok's content model).
 *
 * <p>Public API for other features:
 * <ul>
 *   <li>{@link dev.duet.content.Spaces}: spaces, delivery tokens, {@code bumpCacheVersion(handle, spaceId)}.</li>
 *   <li>{@link dev.duet.content.Stories}: read a story ({@code get(spaceId, id)}, or {@code get(handle, ...)} inside a
 *       transaction) and its {@code alternates}; {@link dev.duet.content.StoryVersions}: read any saved version
 *       ({@code get(storyId, number)}); the published content of a story is its version {@code published_version}.</li>
 *   <li>{@link dev.duet.content.StoryService} (create, update, move, delete),
 *       {@link dev.duet.content.StoryPublishing} (publish, unpublish — what scheduling and releases call) and
 *       {@link dev.duet.content.StoryHistory} (diff, restore, discard). Every write takes the version it is based on
 *       and fails with {@link dev.duet.failure.VersionRequired} (428) or {@link dev.duet.failure.StaleVersion} (409)
 *       otherwise.</li>
 *   <li>{@link dev.duet.content.ContentEvents#subscribe}: a {@link dev.duet.content.ContentListener} hears
 *       {@link dev.duet.content.ContentEvent}s ({@code StoryPublished}, {@code StoryUnpublished},
 *       {@code StoryDeleted}, {@code StoryMoved}) after each change committed; each carries the new {@code cv}.</li>
 *   <li>{@link dev.duet.content.StoryDiff}: structured differences between versions, blocks matched by {@code _uid}.</li>
 *   <li>{@link dev.duet.content.ContentMigration}: the schema feature's {@code StoryContents} port — reads every story's
 *       content and migrates it along with a schema change as new versions, republishing published stories on their
 *       migrated content.</li>
 * </ul>
 *
 * <p>Rules: slugs are normalised ({@link dev.duet.content.Slugs}) and unique within a folder; {@code full_slug} is the
 * folder's {@code full_slug} + {@code /} + slug (a start page: the folder's + {@code /}), kept in step for every
 * descendant when a folder is renamed or moved; story content is checked by {@code schema.ContentValidator}; each
 * save of name, slug, content or tags appends an immutable version. HTTP routes live under
 * {@code /api/spaces/{space_id}/stories} ({@link dev.duet.content.StoryRoutes}, {@link dev.duet.content.VersionRoutes})
 * and {@code /api/spaces/{space_id}/tags}.
 */
package dev.duet.content;
