package dev.duet.datasources;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Where other features subscribe to datasource changes. Thread-safe: listeners are usually added while wiring and
 * read on every change, which a copy-on-write list suits.
 */
public final class DatasourceEvents {

    private static final Logger LOG = LoggerFactory.getLogger(DatasourceEvents.class);

    private final List<DatasourceListener> listeners = new CopyOnWriteArrayList<>();

    public void subscribe(DatasourceListener listener) {
        listeners.add(java.util.Objects.requireNonNull(listener, "listener"));
    }

    /** Tells every listener; called only after the change is committed. */
    void publish(DatasourceEntriesUpdated event) {
        for (var listener : listeners) {
            try {
                listener.entriesUpdated(event);
            } catch (RuntimeException e) {
                // The change is committed: failing the request now would invite a retry of a write that succeeded,
                // and one broken listener must not keep the others from hearing about it.
                LOG.error("a datasource listener failed on {}", event, e);
            }
        }
    }
}
