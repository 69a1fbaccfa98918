package dev.duet.content;

import dev.duet.storage.Database;
import org.jdbi.v3.core.Handle;

import java.util.ArrayList;
import java.util.List;

/**
 * Runs one story write as one transaction and hands the events it raised to listeners only once it has committed,
 * so no listener ever acts on a change that was rolled back.
 */
final class StoryWrites {

    /** The body of a write: its changes go through {@code handle}; what it reports goes into {@code events}. */
    interface Work<R> {
        R run(Handle handle, List<ContentEvent> events);
    }

    private final Database db;
    private final Spaces spaces;
    private final ContentEvents listeners;

    StoryWrites(Database db, Spaces spaces, ContentEvents listeners) {
        this.db = db;
        this.spaces = spaces;
        this.listeners = listeners;
    }

    /** Runs {@code work} holding the space's write lock (see {@link Spaces#lockForWrite}); 404 for an unknown space. */
    <R> R run(long spaceId, Work<R> work) {
        var events = new ArrayList<ContentEvent>();
        R result = db.write(handle -> {
            spaces.lockForWrite(handle, spaceId);
            return work.run(handle, events);
        });
        listeners.publish(List.copyOf(events));
        return result;
    }
}
