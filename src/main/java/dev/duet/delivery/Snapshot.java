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

    private static final Comparator<StoryMeta> LINK_ORDER = Comparator.comparing(StoryMeta::fullSlug);

    /** A snapshot of these stories and folders, indexed and ordered. */
    static Snapshot of(Space space, long cv, Collection<DeliveredStory> stories, Collection<StoryMeta> folders) {
        var list = new ArrayList<>(stories);
        list.sort(DEFAULT_ORDER);
        var folderMap = HashMap.<Long, StoryMeta>newHashMap(folders.size());
        for (var folder : folders) folderMap.put(folder.id(), folder);
        var linkList = new ArrayList<StoryMeta>(list.size() + folders.size());
        linkList.addAll(folders);
        for (var story : list) linkList.add(story.meta);
        linkList.sort(LINK_ORDER);
        return new Snapshot(space, cv, list, index(list, DeliveredStory::fullSlug), index(list, DeliveredStory::id),
                index(list, DeliveredStory::uuid), folderMap, linkList);
    }

    private Snapshot(Space space, long cv, List<DeliveredStory> ordered, Map<String, DeliveredStory> bySlug,
                     Map<Long, DeliveredStory> byId, Map<String, DeliveredStory> byUuid, Map<Long, StoryMeta> folders,
                     List<StoryMeta> links) {
        this.space = space;
        this.cv = cv;
        this.ordered = java.util.Collections.unmodifiableList(ordered);
        this.bySlug = bySlug;
        this.byId = byId;
        this.byUuid = byUuid;
        this.folders = folders;
        this.links = java.util.Collections.unmodifiableList(links);
    }

    private static <K> Map<K, DeliveredStory> index(List<DeliveredStory> stories, java.util.function.Function<DeliveredStory, K> key) {
        var map = HashMap.<K, DeliveredStory>newHashMap(stories.size());
        for (var story : stories) map.put(key.apply(story), story);
        return map;
    }

    /**
     * A new snapshot with stories and folders put (by id) or removed, at the space state and cv given. Works in
     * place of a rebuild: the indexes are copied and edited, and the ordered lists keep their order, new entries
     * inserted where they belong, so one publish in a large space costs copies, not sorts.
     */
    Snapshot with(Space newSpace, long newCv, Collection<DeliveredStory> putStories, Set<Long> removedStories,
                  Collection<StoryMeta> putFolders, Set<Long> removedFolders) {
        var gone = new java.util.HashSet<Long>(removedStories);
        putStories.forEach(story -> gone.add(story.id()));
        var goneFolders = new java.util.HashSet<Long>(removedFolders);
        putFolders.forEach(folder -> goneFolders.add(folder.id()));
        var newBySlug = new HashMap<>(bySlug);
        var newById = new HashMap<>(byId);
        var newByUuid = new HashMap<>(byUuid);
        for (var id : gone) {
            var old = newById.remove(id);
            if (old == null) continue;
            newBySlug.remove(old.fullSlug(), old);
            newByUuid.remove(old.uuid(), old);
        }
        for (var story : putStories) {
            newById.put(story.id(), story);
            newBySlug.put(story.fullSlug(), story);
            newByUuid.put(story.uuid(), story);
        }
        var newFolders = new HashMap<>(folders);
        goneFolders.forEach(newFolders::remove);
        putFolders.forEach(folder -> newFolders.put(folder.id(), folder));
        var newOrdered = edited(ordered, story -> !gone.contains(story.id()), putStories, DEFAULT_ORDER);
        var putLinks = new ArrayList<StoryMeta>(putFolders);
        putStories.forEach(story -> putLinks.add(story.meta));
        var newLinks = edited(links, link -> !gone.contains(link.id()) && !goneFolders.contains(link.id()), putLinks, LINK_ORDER);
        return new Snapshot(newSpace, newCv, newOrdered, newBySlug, newById, newByUuid, newFolders, newLinks);
    }

    /** {@code sorted} without what {@code keep} rejects, with {@code added} inserted in {@code order}. */
    private static <T> List<T> edited(List<T> sorted, java.util.function.Predicate<T> keep, Collection<T> added,
                                      Comparator<T> order) {
        var result = new ArrayList<T>(sorted.size() + added.size());
        for (var item : sorted) if (keep.test(item)) result.add(item);
        if (added.size() > 64) {
            result.addAll(added);
            result.sort(order);
            return result;
        }
        for (var item : added) {
            int at = java.util.Collections.binarySearch(result, item, order);
            result.add(at < 0 ? -at - 1 : at, item);
        }
        return result;
    }

    /** The same content at another cache version (a datasource changed). */
    Snapshot withCv(Space newSpace, long newCv) {
        return new Snapshot(newSpace, newCv, ordered, bySlug, byId, byUuid, folders, links);
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
}
