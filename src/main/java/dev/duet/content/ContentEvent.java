package dev.duet.content;

/**
 * What happened to published content, told to {@link ContentListener}s after the change committed. Every event
 * carries the space's cache version ({@code cv}) after the change, so a listener can tell stale news from fresh.
 */
public sealed interface ContentEvent {

    long spaceId();

    long storyId();

    String uuid();

    long cv();

    /** {@code versionNumber} is now what sites see at {@code fullSlug}. */
    record StoryPublished(long spaceId, long storyId, String uuid, String fullSlug, int versionNumber, long cv)
            implements ContentEvent {
    }

    /** Sites no longer see the story. */
    record StoryUnpublished(long spaceId, long storyId, String uuid, String fullSlug, long cv) implements ContentEvent {
    }

    /** The story or folder is gone; a deleted folder's descendants each get their own event. */
    record StoryDeleted(long spaceId, long storyId, String uuid, String fullSlug, long cv) implements ContentEvent {
    }

    /**
     * The story or folder changed place: another folder, another position among its siblings, or another slug. For
     * a folder, everything under {@code oldFullSlug + "/"} now lives under {@code newFullSlug + "/"}.
     */
    record StoryMoved(long spaceId, long storyId, String uuid, String oldFullSlug, String newFullSlug, long cv)
            implements ContentEvent {
    }
}
