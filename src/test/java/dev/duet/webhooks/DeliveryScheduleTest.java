package dev.duet.webhooks;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DeliveryScheduleTest {

    final Instant now = Instant.parse("2025-05-01T10:00:00Z");
    final DeliverySchedule standard = DeliverySchedule.STANDARD;

    @Test
    void the_standard_schedule_makes_six_attempts_backing_off_from_ten_seconds_to_an_hour() {
        var failed = new Outcome.Failed(500, "the receiver answered HTTP 500");

        assertThat(standard.maxAttempts()).isEqualTo(6);
        assertThat(List.of(1, 2, 3, 4, 5)).map(attempt -> Duration.between(now, standard.after(attempt, failed, now).nextAttemptAt()))
                .containsExactly(Duration.ofSeconds(10), Duration.ofSeconds(30), Duration.ofMinutes(2), Duration.ofMinutes(10),
                        Duration.ofHours(1));
        assertThat(standard.after(5, failed, now).status()).isEqualTo(DeliveryStatus.PENDING);
    }

    @Test
    void a_failure_on_the_last_attempt_fails_the_delivery_and_says_so() {
        var result = standard.after(6, new Outcome.Failed(503, "the receiver answered HTTP 503"), now);

        assertThat(result.status()).isEqualTo(DeliveryStatus.FAILED);
        assertThat(result.statusCode()).isEqualTo(503);
        assertThat(result.error()).isEqualTo("the receiver answered HTTP 503 (gave up after 6 attempts)");
    }

    @Test
    void a_2xx_answer_delivers_whatever_the_attempt() {
        var result = standard.after(3, new Outcome.Delivered(204), now);

        assertThat(result).isEqualTo(new DeliverySchedule.Result(DeliveryStatus.DELIVERED, now, 204, null, now));
    }

    @Test
    void a_refused_target_fails_at_once_without_retries() {
        var result = standard.after(1, new Outcome.Refused("127.0.0.1 is a loopback address"), now);

        assertThat(result.status()).isEqualTo(DeliveryStatus.FAILED);
        assertThat(result.error()).isEqualTo("127.0.0.1 is a loopback address");
    }

    @Test
    void delays_and_the_scan_interval_must_be_positive() {
        assertThatThrownBy(() -> new DeliverySchedule(List.of(Duration.ZERO), Duration.ofSeconds(1)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new DeliverySchedule(List.of(), Duration.ofSeconds(-1)))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
