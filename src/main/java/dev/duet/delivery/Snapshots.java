package dev.duet.delivery;

import dev.duet.content.ContentEvent;
import dev.duet.content.ContentListener;
import dev.duet.content.Spaces;
import dev.duet.datasources.DatasourceEntriesUpdated;
import dev.duet.datasources.DatasourceListener;

import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.locks.ReentrantLock;

/**
 * The published snapshot of every space read so far. A space's snapshot is built from the database on its first
 * read; afterwards content and datasource events only queue (cheap, on the writer's thread) and the next read applies
 * the queue in one batch (a folder deleted with its 1,000 stories is one update, not 1,000). Reads of an up-to-date
 * snapshot never lock and never touch the database; a read that finds queued events brings the snapshot up to date
 * first, under the space's lock, so a change is visible to every read that starts after the write returned.
 *
 * <p>Thread-safe. {@link #invalidate} drops a space (the next read rebuilds it), for nodes told of changes made
 * elsewhere.
 */
public final class Snapshots implements ContentListener, DatasourceListener {

    private static final int PAGE = 1000;

    /** A datasource changed: nothing to reload but the space's cache version. */
    private record CvChanged() {
    }

    private static final class SpaceState {
        private volatile Snapshot current;
        private final Queue<Object> pending = new ConcurrentLinkedQueue<>();
        private final ReentrantLock lock = new ReentrantLock();
    }

    private final DeliveryStories stories;
    private final Spaces spaces;
    private final ConcurrentHashMap<Long, SpaceState> states = new ConcurrentHashMap<>();

    Snapshots(DeliveryStories stories, Spaces spaces) {
        this.stories = stories;
        this.spaces = spaces;
    }

    /** The snapshot when it is built and up to date, else null. Never touches the database (the fast path's read). */
    Snapshot ready(long spaceId) {
        var state = states.get(spaceId);
        if (state == null || !state.pending.isEmpty()) return null;
        return state.current;
    }

    /** The up-to-date snapshot, built or brought up to date from the database first when needed. */
    Snapshot get(long spaceId) {
        var state = states.computeIfAbsent(spaceId, id -> new SpaceState());
        var current = state.current;
        if (current != null && state.pending.isEmpty()) return current;
        state.lock.lock();
        try {
            if (state.current == null) {
                // events queued before the build are in what it reads; those arriving during it stay queued
                state.pending.clear();
                state.current = build(spaceId);
            }
            applyPending(state, spaceId);
            return state.current;
        } catch (RuntimeException e) {
            states.remove(spaceId, state);
            throw e;
        } finally {
            state.lock.unlock();
        }
    }

    /** Forgets a space's snapshot; the next read builds it again from the database. */
    public void invalidate(long spaceId) {
        states.remove(spaceId);
    }

    /** Rebuilds a space's snapshot from the database now. */
    public void reload(long spaceId) {
        invalidate(spaceId);
        get(spaceId);
    }

    @Override
    public void on(ContentEvent event) {
        enqueue(event.spaceId(), event);
    }

    @Override
    public void entriesUpdated(DatasourceEntriesUpdated event) {
        enqueue(event.spaceId(), new CvChanged());
    }

    private void enqueue(long spaceId, Object change) {
        var state = states.get(spaceId);
        if (state != null) state.pending.add(change);
    }

    private Snapshot build(long spaceId) {
        var builder = new SnapshotBuilder(spaces.get(spaceId));
        long after = 0;
        while (true) {
            var rows = stories.page(spaceId, after, PAGE);
            rows.forEach(builder::add);
            if (rows.size() < PAGE) return builder.build();
            after = rows.getLast().meta().id();
        }
    }

    private void applyPending(SpaceState state, long spaceId) {
        if (state.pending.isEmpty()) return;
        var events = new ArrayList<ContentEvent>();
        Object change;
        while ((change = state.pending.poll()) != null) {
            if (change instanceof ContentEvent event) events.add(event);
        }
        var space = spaces.get(spaceId);
        state.current = events.isEmpty()
                ? state.current.withCv(space, Math.max(state.current.cv(), space.cv()))
                : new SnapshotUpdate(stories, state.current, space).apply(List.copyOf(events));
    }
}
