package dev.duet.webhooks;

import com.fasterxml.jackson.annotation.JsonValue;

import java.util.Locale;

/** Where a delivery stands: waiting for its next attempt, received with a 2xx answer, or given up on. */
public enum DeliveryStatus {
    PENDING, DELIVERED, FAILED;

    /** The name stored and shown: {@code pending}, {@code delivered}, {@code failed}. */
    @JsonValue
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    static DeliveryStatus of(String id) {
        return valueOf(id.toUpperCase(Locale.ROOT));
    }
}
