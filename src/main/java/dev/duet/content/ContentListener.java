package dev.duet.content;

/**
 * Hears about published-content changes once they are committed (delivery snapshots, webhooks). Called on the
 * writing request's thread, one event at a time in the order they happened; a listener that has slow work to do
 * should hand it off. A listener's failure is logged and does not undo or fail the write.
 */
@FunctionalInterface
public interface ContentListener {
    void on(ContentEvent event);
}
