package dev.duet.webhooks;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * When deliveries are retried and how often the scanner looks for due ones. A delivery gets one attempt plus one
 * retry per entry of {@code retryDelays} (each waited after a failed attempt), then fails for good.
 * {@link #STANDARD}: retries after 10 s, 30 s, 2 min, 10 min and 1 h (6 attempts), scanning every 5 s. Tests use
 * shorter ones.
 */
public record DeliverySchedule(List<Duration> retryDelays, Duration scanInterval) {

    public static final DeliverySchedule STANDARD = new DeliverySchedule(List.of(Duration.ofSeconds(10),
            Duration.ofSeconds(30), Duration.ofMinutes(2), Duration.ofMinutes(10), Duration.ofHours(1)), Duration.ofSeconds(5));

    /** What a finished attempt leaves in the delivery log. */
    record Result(DeliveryStatus status, Instant nextAttemptAt, Integer statusCode, String error, Instant deliveredAt) {
    }

    public DeliverySchedule {
        retryDelays = List.copyOf(retryDelays);
        Objects.requireNonNull(scanInterval, "scanInterval");
        if (retryDelays.stream().anyMatch(delay -> delay.isNegative() || delay.isZero())) {
            throw new IllegalArgumentException("retry delays must be positive: " + retryDelays);
        }
        if (scanInterval.isNegative() || scanInterval.isZero()) {
            throw new IllegalArgumentException("the scan interval must be positive: " + scanInterval);
        }
    }

    public int maxAttempts() {
        return retryDelays.size() + 1;
    }

    /** The result of attempt number {@code attempt} (from 1) that ended with {@code outcome} at {@code now}. */
    Result after(int attempt, Outcome outcome, Instant now) {
        return switch (outcome) {
            case Outcome.Delivered delivered -> new Result(DeliveryStatus.DELIVERED, now, delivered.statusCode(), null, now);
            case Outcome.Refused refused -> new Result(DeliveryStatus.FAILED, now, null, refused.error(), null);
            case Outcome.Failed failed -> attempt < maxAttempts()
                    ? new Result(DeliveryStatus.PENDING, now.plus(retryDelays.get(attempt - 1)), failed.statusCode(), failed.error(), null)
                    : new Result(DeliveryStatus.FAILED, now, failed.statusCode(),
                            failed.error() + " (gave up after " + attempt + " attempts)", null);
        };
    }
}
