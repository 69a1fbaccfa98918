package dev.duet.content;

import dev.duet.failure.Conflict;
import dev.duet.failure.InvalidInput;
import dev.duet.storage.Database;

import java.util.List;
import java.util.Objects;

/**
 * A story's past: comparing versions, bringing an old version's content back, and discarding draft changes. Going
 * back never rewrites history; it appends a new version equal to the old state.
 */
public final class StoryHistory {

    /** The changes that lead from version {@code from} (null: from nothing) to version {@code to}. */
    public record VersionDiff(Integer from, int to, List<StoryDiff.Change> changes) {
        public VersionDiff {
            changes = List.copyOf(changes);
        }
    }

    private final Database db;
    private final Stories stories;
    private final StoryVersions versions;
    private final StoryService service;
    private final StoryWrites writes;

    public StoryHistory(Database db, Stories stories, StoryVersions versions, Spaces spaces, StoryService service,
                        ContentEvents events) {
        this.db = db;
        this.stories = stories;
        this.versions = versions;
        this.service = service;
        this.writes = new StoryWrites(db, spaces, events);
    }

    /**
     * Compares version {@code number} with {@code against}: another version number, {@code published}, or (null) the
     * version before it.
     */
    public VersionDiff diff(long spaceId, long storyId, int number, String against) {
        return db.read(handle -> {
            var story = stories.get(handle, spaceId, storyId);
            var to = versions.get(handle, storyId, number);
            StoryVersion from;
            if (against == null || against.isBlank()) {
                from = number > 1 ? versions.get(handle, storyId, number - 1) : null;
            } else if (against.strip().equals("published")) {
                if (!story.published()) throw new Conflict("story " + storyId + " is not published; there is nothing to compare with");
                from = versions.get(handle, storyId, story.publishedVersion());
            } else {
                from = versions.get(handle, storyId, versionNumber("against", against));
            }
            return new VersionDiff(from == null ? null : from.number(), number, StoryDiff.between(from, to));
        });
    }

    /** Appends a version whose content is version {@code number}'s; name, slug and tags stay as they are. */
    public Story restore(long spaceId, long storyId, int number, Long basedOn, String message, String author) {
        var story = stories.get(spaceId, storyId);
        story.requireVersion(basedOn);
        if (story.isFolder()) throw new InvalidInput("story " + storyId + " is a folder; folders have no content to restore");
        var old = versions.get(storyId, number);
        var content = service.validated(spaceId, StoryFields.of(story).withContent(old.content())).content();
        var note = message != null ? message : "restored version " + number;
        return writes.run(spaceId, (handle, events) -> {
            var current = stories.get(handle, spaceId, storyId);
            current.requireVersion(basedOn);
            var fields = StoryFields.of(current).withContent(content);
            return service.save(handle, events, current, fields, current.parentId(), true, author, note);
        });
    }

    /**
     * Takes the draft back to the published version (its name, slug, content and tags) as a new version. A story
     * without unpublished changes stays as it is.
     */
    public Story discard(long spaceId, long storyId, Long basedOn, String message, String author) {
        var story = stories.get(spaceId, storyId);
        story.requireVersion(basedOn);
        if (!story.published()) {
            throw new Conflict("story " + storyId + " is not published, so there is no published version to go back to");
        }
        if (!story.unpublishedChanges()) return story;
        var published = versions.get(storyId, story.publishedVersion());
        var content = service.validated(spaceId, StoryFields.of(story).withContent(published.content())).content();
        var note = message != null ? message : "discarded changes since version " + published.number();
        return writes.run(spaceId, (handle, events) -> {
            var current = stories.get(handle, spaceId, storyId);
            current.requireVersion(basedOn);
            if (!Objects.equals(current.publishedVersion(), published.number())) {
                throw new Conflict("story " + storyId + " was published or unpublished meanwhile; reload it and discard again");
            }
            var fields = StoryFields.of(current).withVersioned(published.name(), published.slug(), content, published.tagList());
            return service.save(handle, events, current, fields, current.parentId(), true, author, note);
        });
    }

    static int versionNumber(String path, String raw) {
        try {
            return Integer.parseInt(raw.strip());
        } catch (NumberFormatException e) {
            throw InvalidInput.field(path, "must be a version number or published, got " + raw);
        }
    }
}
