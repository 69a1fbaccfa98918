package dev.duet.webhooks;

import dev.duet.failure.NotFound;

/** No webhook with this id in the space (one of another space included). */
public class WebhookNotFound extends NotFound {
    public WebhookNotFound(long id) {
        super("webhook", id);
    }
}
