package dev.duet.webhooks;

import java.util.List;

/**
 * What a webhook is created or changed with. On create, {@code name}, {@code url} and {@code events} are required and
 * a missing {@code secret} is generated; on change, null fields keep their value.
 */
public record WebhookSettings(String name, String url, List<String> events, String secret, Boolean active) {
}
