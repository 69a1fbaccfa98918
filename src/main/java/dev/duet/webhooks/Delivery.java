package dev.duet.webhooks;

import com.fasterxml.jackson.databind.JsonNode;

import java.time.Instant;

/**
 * One event sent (or to be sent) to one webhook, as the delivery log shows it: how many attempts were made, what the
 * receiver last answered ({@code lastStatusCode}, null when no answer came) or what went wrong ({@code lastError}),
 * and when the next attempt is due while it is pending.
 */
public record Delivery(long id, long webhookId, WebhookEvent event, DeliveryStatus status, int attempts,
                       Integer lastStatusCode, String lastError, Instant nextAttemptAt, Instant createdAt,
                       Instant deliveredAt, JsonNode payload) {
}
