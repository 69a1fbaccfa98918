package dev.duet.content;

import dev.duet.failure.Conflict;
import dev.duet.failure.DuetException;
import dev.duet.failure.InvalidInput;
import dev.duet.storage.Database;
import org.jdbi.v3.core.Handle;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * Publishing points a story's published pointer at one of its versions; unpublishing clears it. Both raise the
 * space's cache version and tell listeners, so sites and CDNs pick the change up.
 */
public final class StoryPublishing {

    /** Where one story's published pointer goes in a batch: to {@code versionNumber}, or nowhere (unpublished) if null. */
    public record Pin(long storyId, Integer versionNumber) {
    }

    /** Each story of a batch as it was before and after, in the order of the pins, and the one cache version raised. */
    public record Batch(List<Story> before, List<Story> after, long cv) {
        public Batch {
            before = List.copyOf(before);
            after = List.copyOf(after);
        }
    }

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

    /**
     * Moves the published pointers of several stories in one transaction with one cache-version bump: all or none.
     * {@code plan} runs first, inside the transaction and under the space's write lock, and says where each pointer
     * goes; every pin is checked (the story exists, is no folder, has the version, the hooks allow the publish) before
     * anything changes, and when any fails the whole batch is refused with every reason ({@link BatchRefused}).
     * {@code done} then runs in the same transaction to record what the caller needs; its result is returned.
     */
    public <R> R publishAll(long spaceId, String actor, Function<Handle, List<Pin>> plan,
                            BiFunction<Handle, Batch, R> done) {
        return writes.run(spaceId, (handle, events) -> {
            var pins = plan.apply(handle);
            var before = checked(handle, spaceId, pins, actor);
            long cv = pins.isEmpty() ? Spaces.get(handle, spaceId).cv() : spaces.bumpCacheVersion(handle, spaceId);
            var now = clock.instant();
            var after = new ArrayList<Story>(pins.size());
            for (int i = 0; i < pins.size(); i++) {
                var story = before.get(i);
                var number = pins.get(i).versionNumber();
                if (number == null && !story.published()) {
                    after.add(story);
                    continue;
                }
                stories.setPublished(handle, story.id(), number, actor, now);
                var changed = stories.get(handle, spaceId, story.id());
                if (number == null) {
                    events.add(new ContentEvent.StoryUnpublished(spaceId, story.id(), story.uuid(), story.fullSlug(), cv));
                    hooks.unpublished(handle, changed, actor);
                } else {
                    events.add(new ContentEvent.StoryPublished(spaceId, story.id(), story.uuid(), story.fullSlug(), number, cv));
                    hooks.published(handle, changed, number, actor);
                }
                after.add(changed);
            }
            return done.apply(handle, new Batch(before, after, cv));
        });
    }

    /** The stories of {@code pins}, once every pin has passed its checks; otherwise every reason at once. */
    private List<Story> checked(Handle handle, long spaceId, List<Pin> pins, String actor) {
        var found = new ArrayList<Story>(pins.size());
        var reasons = new ArrayList<BatchRefused.Reason>();
        for (var pin : pins) {
            var story = stories.find(handle, spaceId, pin.storyId()).orElse(null);
            if (story == null) {
                reasons.add(new BatchRefused.Reason(pin.storyId(), "story " + pin.storyId(), "was deleted"));
                continue;
            }
            found.add(story);
            try {
                requireStory(story, "published");
                var number = pin.versionNumber();
                if (number != null && (number < 1 || number > story.version())) {
                    throw new InvalidInput("has versions 1 to " + story.version() + ", not " + number);
                }
                if (number != null) hooks.beforePublish(handle, story, number, actor);
            } catch (DuetException refusal) {
                // collected, not swallowed: the batch fails below with this and every other story's reason
                reasons.add(new BatchRefused.Reason(story.id(), story.name(), refusal.getMessage()));
            }
        }
        if (!reasons.isEmpty()) throw new BatchRefused(reasons);
        return found;
    }

    private static void requireStory(Story story, String what) {
        if (story.isFolder()) {
            throw new InvalidInput("folders are not " + what + "; their stories are, one by one (story " + story.id()
                    + " is a folder)");
        }
    }
}
