package dev.duet.monitoring;

import org.junit.jupiter.api.Test;

import java.util.concurrent.atomic.AtomicLong;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class LatencyBucketsTest {

    @Test
    void a_latency_falls_in_the_first_bucket_whose_bound_it_does_not_exceed() {
        assertThat(LatencyBuckets.of(0)).isZero();
        assertThat(LatencyBuckets.of(500_000)).isZero();
        assertThat(LatencyBuckets.of(500_001)).isEqualTo(1);
        assertThat(LatencyBuckets.of(60_000_000_000L)).isEqualTo(LatencyBuckets.COUNT - 1);
    }

    @Test
    void quantiles_interpolate_inside_the_bucket_and_stop_at_the_last_bound() {
        var counts = new long[LatencyBuckets.COUNT];
        counts[1] = 100; // all between 0.5 and 1 ms
        assertThat(LatencyBuckets.quantileMillis(counts, 0.5)).isCloseTo(0.75, within(1e-9));
        assertThat(LatencyBuckets.quantileMillis(new long[LatencyBuckets.COUNT], 0.5)).isNaN();
        counts[LatencyBuckets.COUNT - 1] = 10_000;
        assertThat(LatencyBuckets.quantileMillis(counts, 0.99)).isEqualTo(10_000.0);
    }

    @Test
    void the_recent_window_forgets_requests_older_than_five_minutes() {
        var now = new AtomicLong(1_000);
        var metrics = new RequestMetrics(now::get);
        var operational = new OperationalMetrics(metrics, () -> 0, 10);
        metrics.record(RouteGroup.DELIVERY, 503, now.get());
        now.addAndGet(60_000_000_000L);
        metrics.record(RouteGroup.DELIVERY, 200, now.get() - 2_000_000);

        assertThat(operational.current(OperationalMetric.ERROR_RATE_PERCENT).getAsDouble()).isEqualTo(50.0);
        assertThat(operational.current(OperationalMetric.AVAILABILITY_PERCENT).getAsDouble()).isEqualTo(50.0);

        now.addAndGet(4 * 60_000_000_000L + 30_000_000_000L);
        assertThat(operational.current(OperationalMetric.ERROR_RATE_PERCENT).getAsDouble()).as("the 503 left the window").isZero();
        now.addAndGet(120_000_000_000L);
        assertThat(operational.current(OperationalMetric.ERROR_RATE_PERCENT)).isEmpty();
        assertThat(operational.current(OperationalMetric.DELIVERY_P99_MS)).isEmpty();
    }
}
