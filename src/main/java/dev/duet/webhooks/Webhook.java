package dev.duet.webhooks;

import java.time.Instant;
import java.util.List;

/**
 * A webhook as the API shows it: never its secret, only a hint to tell secrets apart ({@code ****a1B2}); the secret
 * itself is shown once, when the webhook is created.
 */
public record Webhook(long id, long spaceId, String name, String url, List<WebhookEvent> events, boolean active,
                      String secretHint, Instant createdAt, Instant updatedAt) {
    public Webhook {
        events = List.copyOf(events);
    }

    /** The last four characters of a long secret; nothing of a short one, where four would give away too much. */
    static String hint(String secret) {
        return secret.length() >= 16 ? "****" + secret.substring(secret.length() - 4) : "****";
    }
}
