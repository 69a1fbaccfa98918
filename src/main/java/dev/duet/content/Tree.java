package dev.duet.content;

import dev.duet.failure.Conflict;
import dev.duet.failure.InvalidInput;
import org.jdbi.v3.core.Handle;

import java.util.ArrayList;
import java.util.List;

/**
 * The folder tree's rules that need the database: what may be a parent, which slugs and start pages are free, and
 * the order of siblings. Runs inside the caller's transaction.
 */
final class Tree {

    /** Stands for "no story yet" when checking a story that is being created. */
    static final long NEW_STORY = 0;

    private final Stories stories;

    Tree(Stories stories) {
        this.stories = stories;
    }

    /** The folder with this id ({@code null} for the root), or a 400 naming {@code path}. */
    Story folder(Handle handle, long spaceId, Long folderId, String path) {
        if (folderId == null) return null;
        var folder = stories.find(handle, spaceId, folderId)
                .orElseThrow(() -> InvalidInput.field(path, "there is no folder " + folderId + " in this space"));
        if (!folder.isFolder()) {
            throw InvalidInput.field(path, folderId + " is a story, not a folder; only folders hold stories");
        }
        return folder;
    }

    /**
     * Checks that a story with {@code fields} may sit in {@code folder} (slug free among its siblings, at most one
     * start page) and returns the {@code full_slug} it gets there. {@code startpagePath} names the input to blame
     * when a start page would land at the root.
     */
    String claim(Handle handle, long spaceId, Story folder, StoryFields fields, long storyId, String startpagePath) {
        Long parentId = folder == null ? null : folder.id();
        if (fields.isStartpage() && folder == null) {
            throw InvalidInput.field(startpagePath, "only a story in a folder can be a start page; "
                    + "a start page answers at its folder's URL");
        }
        stories.childWithSlug(handle, spaceId, parentId, fields.slug(), storyId).ifPresent(other -> {
            throw new SlugTaken(fields.slug(), other.id(), folder == null ? "at the root" : "in the folder " + folder.fullSlug());
        });
        if (fields.isStartpage()) {
            stories.startpageOf(handle, spaceId, folder.id(), storyId).ifPresent(other -> {
                throw new Conflict("the folder " + folder.fullSlug() + " already has a start page, story " + other.id()
                        + " (" + other.name() + "); make that an ordinary story first");
            });
        }
        return Slugs.fullSlug(folder == null ? null : folder.fullSlug(), fields.slug(), fields.isStartpage());
    }

    /** Refuses to put a folder inside itself or inside one of its own descendants. */
    void checkNotInside(Story moving, Story target, String path) {
        if (target == null || !moving.isFolder()) return;
        if (target.id() == moving.id() || target.fullSlug().startsWith(moving.childPrefix())) {
            throw InvalidInput.field(path, "cannot move the folder " + moving.fullSlug() + " into itself or a folder inside it");
        }
    }

    /** The position a new last child of the folder gets. */
    int end(Handle handle, long spaceId, Long parentId) {
        return stories.childIds(handle, spaceId, parentId).size() + 1;
    }

    /** Puts the story among its folder's children as {@code placement} says and numbers them 1, 2, 3, ... */
    void place(Handle handle, long spaceId, Long parentId, long storyId, Placement placement) {
        var ids = new ArrayList<>(stories.childIds(handle, spaceId, parentId));
        ids.remove(Long.valueOf(storyId));
        ids.add(placement.indexIn(ids), storyId);
        number(handle, ids);
    }

    /** Closes the gap a story left in its old folder. */
    void renumber(Handle handle, long spaceId, Long parentId) {
        number(handle, stories.childIds(handle, spaceId, parentId));
    }

    private void number(Handle handle, List<Long> ids) {
        for (int i = 0; i < ids.size(); i++) stories.setPosition(handle, ids.get(i), i + 1);
    }
}
