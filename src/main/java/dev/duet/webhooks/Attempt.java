package dev.duet.webhooks;

/**
 * A delivery claimed for one attempt, with what sending it takes: the stored body, and the webhook's URL and secret
 * as they are now. {@code number} counts attempts from 1; it also fences the result, so an attempt whose claim ran out
 * and was taken over cannot record over the newer one.
 */
record Attempt(long deliveryId, int number, WebhookEvent event, String payload, String url, String secret,
               boolean webhookActive) {

    @Override
    public String toString() {
        return "Attempt[delivery " + deliveryId + " #" + number + " " + event.id() + " to " + url + "]";
    }
}
