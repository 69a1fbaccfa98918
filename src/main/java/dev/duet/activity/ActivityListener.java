package dev.duet.activity;

/**
 * Hears of each feed entry once the transaction that recorded it committed (webhooks). Called on the recording thread;
 * a listener's failure is logged and does not undo the change.
 */
@FunctionalInterface
public interface ActivityListener {
    void on(Activity activity);
}
