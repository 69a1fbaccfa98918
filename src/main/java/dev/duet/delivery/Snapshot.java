package dev.duet.delivery;

import dev.duet.content.Space;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Everything a space publishes, in memory: each published story as ready bytes, indexed by {@code full_slug}, id and
 * uuid, in default order for lists; the folders (for links); the space and its cache version. Immutable: a change
 * builds a new snapshot that shares the unchanged stories, and {@link Snapshots} swaps it in atomically, so readers
 * never lock and always see one consistent state.
 */
final class Snapshot implements StorySource {

    /** The order of a list without {@code sort_by}: the editor's order within folders, then creation order. */
    static final Comparator<DeliveredStory> DEFAULT_ORDER =
            Comparator.<DeliveredStory>comparingInt(story -> story.meta.position()).thenComparingLong(DeliveredStory::id);

    private final Space space;
    private final long cv;
    private final List<DeliveredStory> ordered;
    private final Map<String, DeliveredStory> bySlug;
    private final Map<Long, DeliveredStory> byId;
    private final Map<String, DeliveredStory> byUuid;
    private final Map<Long, StoryMeta> folders;
    private final List<StoryMeta> links;

    Snapshot(Space space, long cv, Collection<DeliveredStory> stories, Collection<StoryMeta> folders) {
        this.space = space;
        this.cv = cv;
        var list = new ArrayList<>(stories);
        list.sort(DEFAULT_ORDER);
        this.ordered = List.copyOf(list);
        this.bySlug = HashMap.newHashMap(list.size());
        this.byId = HashMap.newHashMap(list.size());
        this.byUuid = HashMap.newHashMap(list.size());
        for (var story : list) {
            bySlug.put(story.fullSlug(), story);
            byId.put(story.id(), story);
            byUuid.put(story.uuid(), story);
        }
        this.folders = HashMap.newHashMap(folders.size());
        for (var folder : folders) this.folders.put(folder.id(), folder);
        var linkList = new ArrayList<StoryMeta>(list.size() + folders.size());
        linkList.addAll(folders);
        for (var story : list) linkList.add(story.meta);
        linkList.sort(Comparator.comparing(StoryMeta::fullSlug));
        this.links = List.copyOf(linkList);
    }

    /** A new snapshot with stories and folders put (by id) or removed, at the space state and cv given. */
    Snapshot with(Space newSpace, long newCv, Collection<DeliveredStory> putStories, Set<Long> removedStories,
                  Collection<StoryMeta> putFolders, Set<Long> removedFolders) {
        var stories = new HashMap<>(byId);
        removedStories.forEach(stories::remove);
        for (var story : putStories) stories.put(story.id(), story);
        var newFolders = new HashMap<>(folders);
        removedFolders.forEach(newFolders::remove);
        for (var folder : putFolders) newFolders.put(folder.id(), folder);
        return new Snapshot(newSpace, newCv, stories.values(), newFolders.values());
    }

    /** The same content at another cache version (a datasource changed). */
    Snapshot withCv(Space newSpace, long newCv) {
        return new Snapshot(newSpace, newCv, ordered, folders.values());
    }

    @Override
    public Space space() {
        return space;
    }

    @Override
    public long cv() {
        return cv;
    }

    @Override
    public boolean draft() {
        return false;
    }

    @Override
    public Optional<DeliveredStory> byFullSlug(String fullSlug) {
        return Optional.ofNullable(bySlug.get(fullSlug));
    }

    /** The story at {@code fullSlug} or null: the allocation-free lookup of the hot path. */
    DeliveredStory atSlug(String fullSlug) {
        return bySlug.get(fullSlug);
    }

    @Override
    public Optional<DeliveredStory> byId(long id) {
        return Optional.ofNullable(byId.get(id));
    }

    @Override
    public Optional<DeliveredStory> byUuid(String uuid) {
        return Optional.ofNullable(byUuid.get(uuid));
    }

    @Override
    public List<DeliveredStory> byUuids(Collection<String> uuids) {
        var found = new ArrayList<DeliveredStory>(uuids.size());
        for (var uuid : uuids) {
            var story = byUuid.get(uuid);
            if (story != null) found.add(story);
        }
        return found;
    }

    @Override
    public List<DeliveredStory> candidates(String prefix) {
        if (prefix == null || prefix.isEmpty()) return ordered;
        var found = new ArrayList<DeliveredStory>();
        for (var story : ordered) if (story.fullSlug().startsWith(prefix)) found.add(story);
        return found;
    }

    @Override
    public List<StoryMeta> links() {
        return links;
    }

    /** Every published story in default order. */
    List<DeliveredStory> stories() {
        return ordered;
    }

    Optional<StoryMeta> folder(long id) {
        return Optional.ofNullable(folders.get(id));
    }

    Collection<StoryMeta> folders() {
        return folders.values();
    }
}
