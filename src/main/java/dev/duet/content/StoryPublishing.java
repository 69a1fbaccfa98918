package dev.duet.content;

import dev.duet.failure.Conflict;
import dev.duet.failure.InvalidInput;
import dev.duet.storage.Database;

import java.time.Clock;

/**
 * Publishing points a story's published pointer at one of its versions; unpublishing clears it. Both raise the
 * space's cache version and tell listeners, so sites and CDNs pick the change up.
 */
public final class StoryPublishing {

    private final Stories stories;
    private final Spaces spaces;
    private final StoryWrites writes;
    private final StoryHooks hooks;
    private final Clock clock;

    public StoryPublishing(Database db, Stories stories, Spaces spaces, ContentEvents events, StoryHooks hooks, Clock clock) {
        this.stories = stories;
        this.hooks = hooks;
        this.spaces = spaces;
        this.writes = new StoryWrites(db, spaces, events);
        this.clock = clock;
    }

    /** Publishes {@code versionNumber}, or the current draft when it is null. */
    public Story publish(long spaceId, long storyId, Integer versionNumber, Long basedOn, String author) {
        return writes.run(spaceId, (handle, events) -> {
            var story = stories.get(handle, spaceId, storyId);
            story.requireVersion(basedOn);
            requireStory(story, "published");
            int number = versionNumber == null ? story.version() : versionNumber;
            if (number < 1 || number > story.version()) {
                throw InvalidInput.field("version_number", "story " + storyId + " has versions 1 to " + story.version()
                        + ", not " + number);
            }
            hooks.beforePublish(handle, story, number, author);
            stories.setPublished(handle, story.id(), number, author, clock.instant());
            long cv = spaces.bumpCacheVersion(handle, spaceId);
            events.add(new ContentEvent.StoryPublished(spaceId, story.id(), story.uuid(), story.fullSlug(), number, cv));
            var published = stories.get(handle, spaceId, story.id());
            hooks.published(handle, published, number, author);
            return published;
        });
    }

    public Story unpublish(long spaceId, long storyId, Long basedOn, String author) {
        return writes.run(spaceId, (handle, events) -> {
            var story = stories.get(handle, spaceId, storyId);
            story.requireVersion(basedOn);
            requireStory(story, "unpublished");
            if (!story.published()) throw new Conflict("story " + storyId + " is not published");
            stories.setPublished(handle, story.id(), null, author, clock.instant());
            long cv = spaces.bumpCacheVersion(handle, spaceId);
            events.add(new ContentEvent.StoryUnpublished(spaceId, story.id(), story.uuid(), story.fullSlug(), cv));
            var unpublished = stories.get(handle, spaceId, story.id());
            hooks.unpublished(handle, unpublished, author);
            return unpublished;
        });
    }

    private static void requireStory(Story story, String what) {
        if (story.isFolder()) {
            throw new InvalidInput("folders are not " + what + "; their stories are, one by one (story " + story.id()
                    + " is a folder)");
        }
    }
}
