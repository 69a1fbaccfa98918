/**
 * Discussions: threads anchored to a story, one of its blocks ({@code _uid}) or a field, with comments, @mentions and
 * resolve / reopen.
 *
 * <p>Public API for other features: {@link dev.duet.discussions.DiscussionService} ({@code start}, {@code reply},
 * {@code resolve}, {@code reopen}, {@code list}, {@code openPerStory(spaceId, storyIds)} for unresolved counts) and the
 * value types {@link dev.duet.discussions.Discussion}, {@link dev.duet.discussions.Comment} and the sealed
 * {@link dev.duet.discussions.Anchor}.
 *
 * <p>HTTP: {@code /api/spaces/{space_id}/stories/{story_id}/discussions[/{discussion_id}[/comments[/{comment_id}]|/resolve|/reopen]]}
 * and {@code GET /api/spaces/{space_id}/discussions/counts?story_ids=1,2} (unresolved per story, and per block when one
 * story is asked). Reading needs {@code content:read}; starting, replying, resolving and reopening {@code story:review};
 * a comment is changed only by its author and deleted by its author or an admin.
 *
 * <p>Rules: text is 1–5000 characters; a new thread's block must be in the story's current draft and its field in the
 * block's component (or the block); explicitly mentioned user ids must exist, and {@code @email} tokens of known users
 * in the text mention them too. A block removed later keeps its threads ({@code anchor.block_removed}).
 * Each change records a feed entry in the same transaction (discussion.created — which sends the webhook of that name —,
 * comment.added, discussion.resolved, discussion.reopened); mentioned people get a "mentioned" notification and the
 * thread's other participants a "replied" (or "resolved" / "reopened") one, never the one who acted.
 */
package dev.duet.discussions;
