package dev.duet.delivery;

import dev.duet.content.ContentEvent;
import dev.duet.content.Space;
import dev.duet.web.Json;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static dev.duet.delivery.DeliveryStories.State.PUBLISHED;

/**
 * Brings a snapshot up to date with a batch of content events by reloading only what they touched: the stories named,
 * a moved folder's subtree, the siblings whose positions shifted, and the alternates of the groups involved. Content
 * is rendered again only for stories whose published version changed; a moved or renumbered story keeps its bytes.
 */
final class SnapshotUpdate {

    private final DeliveryStories stories;
    private final Snapshot before;
    private final Space space;
    private final long cv;
    private final Set<Long> republished = new HashSet<>();
    private final Set<Long> moved = new HashSet<>();
    private final Set<Long> reload = new HashSet<>();
    private final Set<Long> parents = new HashSet<>();
    private final Set<String> prefixes = new HashSet<>();
    private final Map<Long, DeliveredStory> put = new HashMap<>();
    private final Set<Long> removed = new HashSet<>();
    private final Map<Long, StoryMeta> putFolders = new HashMap<>();
    private final Set<Long> removedFolders = new HashSet<>();
    private final Set<String> groups = new HashSet<>();

    SnapshotUpdate(DeliveryStories stories, Snapshot before, Space space) {
        this.stories = stories;
        this.before = before;
        this.space = space;
        this.cv = Math.max(before.cv(), space.cv());
    }

    Snapshot apply(List<ContentEvent> events) {
        events.forEach(this::note);
        var rows = new ArrayList<>(stories.byIds(PUBLISHED, space.id(), reload));
        for (var prefix : prefixes) rows.addAll(stories.under(PUBLISHED, space.id(), prefix));
        var found = new HashSet<Long>();
        for (var row : rows) {
            found.add(row.meta().id());
            take(row);
        }
        for (var id : reload) {
            if (!found.contains(id)) forget(id);
        }
        renumberSiblings();
        refreshAlternates();
        return before.with(space, cv, put.values(), removed, putFolders.values(), removedFolders);
    }

    private void note(ContentEvent event) {
        reload.add(event.storyId());
        switch (event) {
            case ContentEvent.StoryPublished published -> republished.add(published.storyId());
            case ContentEvent.StoryUnpublished unpublished -> { }
            case ContentEvent.StoryDeleted deleted -> parentOf(deleted.storyId());
            case ContentEvent.StoryMoved move -> {
                parentOf(move.storyId());
                moved.add(move.storyId());
                prefixes.add(move.newFullSlug() + "/");
                var oldPrefix = move.oldFullSlug() + "/";
                for (var link : before.links()) if (link.fullSlug().startsWith(oldPrefix)) reload.add(link.id());
            }
        }
    }

    /** Remembers the folder a story was in, whose other children may have been renumbered. */
    private void parentOf(long storyId) {
        before.byId(storyId).ifPresent(story -> parents.add(story.meta.parentId()));
        before.folder(storyId).ifPresent(folder -> parents.add(folder.parentId()));
    }

    private void take(DeliveryStories.Row row) {
        var meta = row.meta();
        long id = meta.id();
        if (moved.contains(id)) parents.add(meta.parentId());
        groups.add(meta.groupId());
        if (meta.isFolder()) {
            putFolders.put(id, meta);
            return;
        }
        var existing = before.byId(id).orElse(null);
        if (existing != null) groups.add(existing.meta.groupId());
        if (!meta.published()) {
            removed.add(id);
        } else if (existing != null && !republished.contains(id)) {
            put.put(id, existing.with(meta, existing.alternates, cv));
        } else {
            var content = row.content() == null ? null : Json.tree(row.content());
            put.put(id, StoryRenderer.fromContent(meta, existing == null ? List.of() : existing.alternates, content, cv, null));
        }
    }

    private void forget(long id) {
        before.byId(id).ifPresent(story -> groups.add(story.meta.groupId()));
        removed.add(id);
        removedFolders.add(id);
    }

    /** Moves and deletions renumber the rest of a folder; only positions change, so bytes are re-spliced, not re-read. */
    private void renumberSiblings() {
        if (parents.isEmpty()) return;
        for (var row : stories.children(DeliveryStories.State.PLACE, space.id(), parents)) {
            var meta = row.meta();
            if (meta.isFolder()) {
                if (!removedFolders.contains(meta.id())) putFolders.merge(meta.id(), meta, (mine, theirs) -> mine);
                continue;
            }
            if (put.containsKey(meta.id()) || removed.contains(meta.id())) continue;
            before.byId(meta.id()).filter(story -> story.meta.position() != meta.position())
                    .ifPresent(story -> put.put(story.id(), story.with(story.meta.withPosition(meta.position()), story.alternates, cv)));
        }
    }

    private void refreshAlternates() {
        groups.remove(null);
        if (groups.isEmpty()) return;
        var members = new HashMap<String, List<StoryMeta>>();
        for (var row : stories.groups(space.id(), groups)) {
            members.computeIfAbsent(row.meta().groupId(), group -> new ArrayList<>()).add(row.meta());
        }
        for (var group : members.values()) {
            for (var member : group) {
                if (member.isFolder() || removed.contains(member.id())) continue;
                var story = put.containsKey(member.id()) ? put.get(member.id()) : before.byId(member.id()).orElse(null);
                if (story == null) continue;
                var alternates = group.size() > 1 ? SnapshotBuilder.alternates(member.id(), group) : List.<Alternate>of();
                if (!alternates.equals(story.alternates)) put.put(story.id(), story.with(story.meta, alternates, cv));
            }
        }
    }
}
