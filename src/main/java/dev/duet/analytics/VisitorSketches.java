package dev.duet.analytics;

import dev.duet.storage.Timestamps;
import org.jdbi.v3.core.Handle;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;

/**
 * Adds a batch's visitors to the day's sketches of the space (story 0) and of each story they were seen on. Each
 * touched sketch is read, merged and written once per batch. The rows are locked in key order (an empty row is
 * created first when missing, then touched by an UPDATE) before they are read, so two nodes deriving at once on
 * PostgreSQL queue on the same rows in the same order instead of losing an update or deadlocking.
 */
final class VisitorSketches {

    private VisitorSketches() {
    }

    private record Key(long spaceId, long storyId, String day) {
        static final Comparator<Key> ORDER = Comparator.comparingLong(Key::spaceId).thenComparingLong(Key::storyId)
                .thenComparing(Key::day);
    }

    static void add(Handle handle, List<Event> events) {
        var batch = new HashMap<Key, VisitorSketch>();
        var days = new HashMap<Long, String>();
        for (var event : events) {
            var day = days.computeIfAbsent(Math.floorDiv(event.occurredAt().getEpochSecond(), 86_400L),
                    epochDay -> Timestamps.format(event.occurredAt()).substring(0, 10));
            long visitor = VisitorSketch.hash(event.visitor());
            batch.computeIfAbsent(new Key(event.spaceId(), 0, day), key -> VisitorSketch.empty()).addHash(visitor);
            if (event.storyId() != null) {
                batch.computeIfAbsent(new Key(event.spaceId(), event.storyId(), day), key -> VisitorSketch.empty())
                        .addHash(visitor);
            }
        }
        batch.keySet().stream().sorted(Key.ORDER).forEach(key -> merge(handle, key, batch.get(key)));
    }

    private static void merge(Handle handle, Key key, VisitorSketch sketch) {
        handle.createUpdate("""
                        INSERT INTO visitor_sketches (space_id, story_id, day, sketch) VALUES (:space, :story, :day, :empty)
                        ON CONFLICT (space_id, story_id, day) DO UPDATE SET sketch = visitor_sketches.sketch""")
                .bind("space", key.spaceId()).bind("story", key.storyId()).bind("day", key.day())
                .bind("empty", VisitorSketch.empty().bytes()).execute();
        var stored = handle.createQuery("""
                        SELECT sketch FROM visitor_sketches WHERE space_id = :space AND story_id = :story AND day = :day""")
                .bind("space", key.spaceId()).bind("story", key.storyId()).bind("day", key.day())
                .mapTo(byte[].class).one();
        var merged = VisitorSketch.of(stored);
        merged.merge(sketch);
        handle.createUpdate("""
                        UPDATE visitor_sketches SET sketch = :sketch
                        WHERE space_id = :space AND story_id = :story AND day = :day""")
                .bind("space", key.spaceId()).bind("story", key.storyId()).bind("day", key.day())
                .bind("sketch", merged.bytes()).execute();
    }
}
