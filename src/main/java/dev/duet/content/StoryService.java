package dev.duet.content;

import dev.duet.schema.ContentValidator;
import dev.duet.storage.Database;
import org.jdbi.v3.core.Handle;

import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.function.BiConsumer;

/**
 * Creating, changing, moving and deleting stories and folders. Each write is one transaction: input is checked before
 * anything is written, a failure leaves everything as it was, and listeners hear of the change after it committed.
 */
public final class StoryService {

    private final Database db;
    private final Stories stories;
    private final StoryVersions versions;
    private final Spaces spaces;
    private final ContentValidator validator;
    private final StoryWrites writes;
    private final Tree tree;
    private final StoryHooks hooks;
    private final Clock clock;

    public StoryService(Database db, Stories stories, StoryVersions versions, Spaces spaces, ContentValidator validator,
                        ContentEvents events, StoryHooks hooks, Clock clock) {
        this.db = db;
        this.stories = stories;
        this.versions = versions;
        this.spaces = spaces;
        this.validator = validator;
        this.writes = new StoryWrites(db, spaces, events);
        this.tree = new Tree(stories);
        this.hooks = hooks;
        this.clock = clock;
    }

    /** Creates a story or folder as the last child of its folder, with version 1. */
    public Story create(long spaceId, StoryInput input, String message, String author) {
        spaces.get(spaceId);
        Long parentId = ParentChoice.of("story.parent_id", input.parentId()).resolve(null);
        var folder = db.read(handle -> tree.folder(handle, spaceId, parentId, "story.parent_id"));
        var fields = validated(spaceId, StoryFields.forCreate(input, folder == null ? null : folder.defaultRoot()));
        return writes.run(spaceId, (handle, events) -> {
            var target = tree.folder(handle, spaceId, parentId, "story.parent_id");
            var fullSlug = tree.claim(handle, spaceId, target, fields, Tree.NEW_STORY, "story.is_startpage");
            var now = clock.instant();
            long id = stories.insert(handle, spaceId, parentId, fullSlug, tree.end(handle, spaceId, parentId), fields,
                    UUID.randomUUID().toString(), author, now);
            versions.append(handle, id, 1, fields, author, message, now);
            stories.replaceTags(handle, spaceId, id, fields.tagList());
            var created = stories.get(handle, spaceId, id);
            hooks.saved(handle, null, created, author, message);
            return created;
        });
    }

    /**
     * Changes what {@code input} names. A change of name, slug, content or tags appends a version; a new
     * {@code parent_id} moves the story to the end of that folder.
     */
    public Story update(long spaceId, long storyId, StoryInput input, Long basedOn, String message, String author) {
        return update(spaceId, storyId, input, basedOn, message, author, (handle, saved) -> {
        });
    }

    /**
     * As {@link #update(long, long, StoryInput, Long, String, String)}, and then {@code alongside} runs in the same
     * transaction with the saved story, for a feature that records what the save decided (an experiment shipped)
     * so that its record commits or rolls back with the save.
     */
    public Story update(long spaceId, long storyId, StoryInput input, Long basedOn, String message, String author,
                        BiConsumer<Handle, Story> alongside) {
        var current = stories.get(spaceId, storyId);
        current.requireVersion(basedOn);
        var parent = ParentChoice.of("story.parent_id", input.parentId());
        var checked = StoryFields.forUpdate(current, input);
        var content = Objects.equals(checked.content(), current.content()) ? null : validated(spaceId, checked).content();
        return writes.run(spaceId, (handle, events) -> {
            var story = stories.get(handle, spaceId, storyId);
            story.requireVersion(basedOn);
            // built again from the story as it is now, so a move or unversioned change since the read is not undone
            var fields = StoryFields.forUpdate(story, input);
            if (content != null) fields = fields.withContent(content);
            var saved = save(handle, events, story, fields, parent.resolve(story.parentId()), false, author, message);
            alongside.accept(handle, saved);
            return saved;
        });
    }

    /** Moves a story or folder to another folder and/or position; a folder takes everything in it along. */
    public Story move(long spaceId, long storyId, ParentChoice parent, Placement placement, Long basedOn, String author) {
        return writes.run(spaceId, (handle, events) -> {
            var story = stories.get(handle, spaceId, storyId);
            story.requireVersion(basedOn);
            Long parentId = parent.resolve(story.parentId());
            var folder = tree.folder(handle, spaceId, parentId, "parent_id");
            tree.checkNotInside(story, folder, "parent_id");
            var fullSlug = tree.claim(handle, spaceId, folder, StoryFields.of(story), story.id(), "parent_id");
            stories.reparent(handle, story.id(), parentId, fullSlug, author, clock.instant());
            tree.place(handle, spaceId, parentId, story.id(), placement);
            if (!Objects.equals(parentId, story.parentId())) tree.renumber(handle, spaceId, story.parentId());
            moved(handle, events, story, fullSlug);
            return stories.get(handle, spaceId, story.id());
        });
    }

    /** Deletes a story, or a folder: an empty one, or with everything in it when {@code recursive}. */
    public void delete(long spaceId, long storyId, Long basedOn, boolean recursive) {
        writes.run(spaceId, (handle, events) -> {
            var story = stories.get(handle, spaceId, storyId);
            story.requireVersion(basedOn);
            List<Story> inside = story.isFolder() ? stories.under(handle, spaceId, story.childPrefix()) : List.of();
            if (!inside.isEmpty() && !recursive) throw new FolderNotEmpty(story, inside.size());
            stories.delete(handle, story.id());
            tree.renumber(handle, spaceId, story.parentId());
            long cv = spaces.bumpCacheVersion(handle, spaceId);
            for (var gone : inside) {
                events.add(new ContentEvent.StoryDeleted(spaceId, gone.id(), gone.uuid(), gone.fullSlug(), cv));
            }
            events.add(new ContentEvent.StoryDeleted(spaceId, story.id(), story.uuid(), story.fullSlug(), cv));
            return null;
        });
    }

    /**
     * Stores {@code fields} for {@code story} inside a write, in the folder {@code parentId}: checks the slug and
     * start page rules there, appends a version when a versioned field changed (or {@code alwaysVersion}), keeps tags
     * and descendants' {@code full_slug}s in step, and reports a changed URL as a move.
     */
    Story save(Handle handle, List<ContentEvent> events, Story story, StoryFields fields, Long parentId,
               boolean alwaysVersion, String author, String message) {
        boolean reparent = !Objects.equals(parentId, story.parentId());
        var folder = tree.folder(handle, story.spaceId(), parentId, "story.parent_id");
        if (reparent) tree.checkNotInside(story, folder, "story.parent_id");
        var fullSlug = tree.claim(handle, story.spaceId(), folder, fields, story.id(), "story.is_startpage");
        var before = StoryFields.of(story);
        boolean versioned = alwaysVersion || fields.versionedChangeFrom(before);
        if (!versioned && !reparent && fields.equals(before)) return story;
        var now = clock.instant();
        int version = versioned ? story.version() + 1 : story.version();
        stories.save(handle, story.id(), fields, fullSlug, version, author, now);
        if (versioned) versions.append(handle, story.id(), version, fields, author, message, now);
        if (!fields.tagList().equals(story.tagList())) stories.replaceTags(handle, story.spaceId(), story.id(), fields.tagList());
        if (reparent) {
            stories.reparent(handle, story.id(), parentId, fullSlug, author, now);
            tree.place(handle, story.spaceId(), parentId, story.id(), Placement.LAST);
            tree.renumber(handle, story.spaceId(), story.parentId());
        }
        if (reparent || !fullSlug.equals(story.fullSlug())) moved(handle, events, story, fullSlug);
        var saved = stories.get(handle, story.spaceId(), story.id());
        if (versioned) hooks.saved(handle, story, saved, author, message);
        return saved;
    }

    /** Content as the schema allows it; folders have none. */
    StoryFields validated(long spaceId, StoryFields fields) {
        return fields.isFolder() ? fields : fields.withContent(validator.validate(spaceId, fields.content()));
    }

    /** Follows a changed place through: descendants' URLs, the cache version, and the listeners. */
    private void moved(Handle handle, List<ContentEvent> events, Story story, String newFullSlug) {
        if (story.isFolder() && !newFullSlug.equals(story.fullSlug())) {
            stories.rewritePrefix(handle, story.spaceId(), story.childPrefix(), newFullSlug + "/");
        }
        long cv = spaces.bumpCacheVersion(handle, story.spaceId());
        events.add(new ContentEvent.StoryMoved(story.spaceId(), story.id(), story.uuid(), story.fullSlug(), newFullSlug, cv));
    }
}
