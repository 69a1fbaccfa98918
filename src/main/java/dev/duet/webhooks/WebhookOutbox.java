package dev.duet.webhooks;

import dev.duet.activity.Activity;
import dev.duet.activity.ActivityListener;
import dev.duet.content.ContentEvent;
import dev.duet.content.ContentListener;
import dev.duet.datasources.DatasourceEntriesUpdated;
import dev.duet.datasources.DatasourceListener;

/**
 * Turns committed content and datasource events, and the feed entries webhooks can subscribe to (stage changes,
 * merged releases, new discussions), into queued deliveries, one per active webhook subscribed to the
 * event, and wakes the dispatcher to send them. The queue is durable: what is queued is sent even if Duet stops
 * first. An event is queued right after its change committed, in a transaction of its own; if that fails (the
 * database went away in between), the event is logged by the publisher and not sent. Thread-safe.
 */
public final class WebhookOutbox implements ContentListener, DatasourceListener, ActivityListener {

    private final Webhooks webhooks;
    private final WebhookDeliveries deliveries;
    private final WebhookDispatcher dispatcher;

    public WebhookOutbox(Webhooks webhooks, WebhookDeliveries deliveries, WebhookDispatcher dispatcher) {
        this.webhooks = webhooks;
        this.deliveries = deliveries;
        this.dispatcher = dispatcher;
    }

    @Override
    public void on(ContentEvent event) {
        queue(event.spaceId(), Payloads.eventOf(event), Payloads.of(event));
    }

    @Override
    public void entriesUpdated(DatasourceEntriesUpdated event) {
        queue(event.spaceId(), WebhookEvent.DATASOURCE_ENTRIES_UPDATED, Payloads.of(event));
    }

    @Override
    public void on(Activity activity) {
        Payloads.eventOf(activity).ifPresent(event -> queue(activity.spaceId(), event, Payloads.of(event, activity)));
    }

    /** Sends a {@code ping} to the webhook now, whatever it subscribed to, and returns the delivery as it ended. */
    public Delivery ping(long spaceId, long webhookId) {
        var webhook = webhooks.get(spaceId, webhookId);
        long id = deliveries.enqueue(spaceId, webhook.id(), WebhookEvent.PING, Payloads.ping(webhook));
        return dispatcher.sendNow(id);
    }

    private void queue(long spaceId, WebhookEvent event, String payload) {
        if (!deliveries.enqueue(spaceId, event, payload).isEmpty()) dispatcher.wake();
    }

    @Override
    public String toString() {
        return "webhook outbox";
    }
}
