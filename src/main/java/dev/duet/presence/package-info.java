/**
 * Presence and merging concurrent edits of a story.
 *
 * <p>Presence: an open editor calls {@code POST /api/spaces/{space_id}/stories/{story_id}/presence}
 * {@code {"editing": bool}} every 10 s and gets the others who have the story open; {@code GET} the same path lists
 * everyone present, {@code DELETE} leaves, and {@code GET /api/spaces/{space_id}/presence} tells who is where in the
 * space (for the content tree). All need {@code content:read}. Heartbeats live in the database ({@link
 * dev.duet.presence.Presences}), so every node of a cluster sees the same people; an entry expires
 * {@link dev.duet.presence.Presences#EXPIRY} after its last heartbeat.
 *
 * <p>Merging: when a save is refused as stale (409 with {@code current_version}), the editor posts its edit to
 * {@code POST /api/spaces/{space_id}/stories/{story_id}/merge} ({@code story:write}) with the version it started
 * from. {@link dev.duet.presence.StoryMerge} merges base, theirs (the current version) and mine per story field,
 * per root field and per block by {@code _uid}, and answers the merged story, the conflicts (each with an {@code id}
 * that {@code resolutions} refer to) and the current version to base the save on. Nothing is written: the save goes
 * through the normal story update, so optimistic locking still refuses it if someone saved meanwhile. Other features
 * may call {@link dev.duet.presence.StoryMerge#merge} (pure) or {@link dev.duet.presence.Merges#merge}.
 */
package dev.duet.presence;
