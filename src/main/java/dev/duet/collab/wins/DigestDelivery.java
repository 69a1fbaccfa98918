package dev.duet.collab.wins;

import java.time.Instant;

/**
 * One attempt to send a digest: of which {@code week}, why ({@code scheduled} or {@code test}), to which URL, and how
 * it ended ({@code delivered}, {@code failed}: worth a retry, {@code refused}: the target is not allowed).
 */
public record DigestDelivery(long id, String week, String cause, String url, String outcome, Integer statusCode,
                             String error, Instant createdAt) {

    public boolean delivered() {
        return "delivered".equals(outcome);
    }
}
