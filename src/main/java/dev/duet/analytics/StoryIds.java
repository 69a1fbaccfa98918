package dev.duet.analytics;

import dev.duet.storage.Database;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Which story ids belong to a space, for checking the {@code story_id} of events without a query per event: each
 * space's ids are held as one immutable set, read again when older than {@link #MAX_AGE_NANOS} or when an id is missing
 * from a set older than {@link #MISS_RELOAD_NANOS} (a story created a moment ago). So a burst of made-up ids costs at
 * most one query per space per second. Thread-safe.
 */
final class StoryIds {

    static final long MAX_AGE_NANOS = 60_000_000_000L;
    static final long MISS_RELOAD_NANOS = 1_000_000_000L;

    private record Known(Set<Long> ids, long loadedAtNanos) {
    }

    private final Database database;
    private final ConcurrentHashMap<Long, Known> bySpace = new ConcurrentHashMap<>();

    StoryIds(Database database) {
        this.database = database;
    }

    boolean contains(long spaceId, long storyId) {
        var known = bySpace.get(spaceId);
        long now = System.nanoTime();
        if (known == null || now - known.loadedAtNanos > MAX_AGE_NANOS) known = load(spaceId);
        if (known.ids.contains(storyId)) return true;
        if (now - known.loadedAtNanos <= MISS_RELOAD_NANOS) return false;
        return load(spaceId).ids.contains(storyId);
    }

    private Known load(long spaceId) {
        var ids = database.read(handle -> handle.createQuery("SELECT id FROM stories WHERE space_id = :space")
                .bind("space", spaceId).mapTo(Long.class).set());
        var known = new Known(Set.copyOf(ids), System.nanoTime());
        bySpace.put(spaceId, known);
        return known;
    }
}
