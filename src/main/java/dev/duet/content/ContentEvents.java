package dev.duet.content;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** The listeners of content events and their delivery. Thread-safe: listeners may subscribe while writes run. */
public final class ContentEvents {

    private static final Logger LOG = LoggerFactory.getLogger(ContentEvents.class);

    private final List<ContentListener> listeners = new CopyOnWriteArrayList<>();

    public void subscribe(ContentListener listener) {
        listeners.add(listener);
    }

    /** Tells every listener about each event; called only after the transaction that caused them committed. */
    void publish(List<ContentEvent> events) {
        for (var event : events) {
            for (var listener : listeners) {
                try {
                    listener.on(event);
                } catch (RuntimeException e) {
                    // the change is committed and the caller told so; one broken listener must not hide it from the rest
                    LOG.error("content listener {} failed on {}", listener, event, e);
                }
            }
        }
    }
}
