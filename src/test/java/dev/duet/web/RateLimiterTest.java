package dev.duet.web;

import org.junit.jupiter.api.Test;

import java.util.concurrent.atomic.AtomicLong;

import static org.assertj.core.api.Assertions.assertThat;

class RateLimiterTest {

    private final AtomicLong now = new AtomicLong(1_000_000_000L);

    @Test
    void a_key_may_burst_then_is_refused_with_a_retry_time() {
        var limiter = new RateLimiter(2, 3, now::get);

        for (int i = 0; i < 3; i++) assertThat(limiter.check("token").allowed()).isTrue();
        var refused = limiter.check("token");

        assertThat(refused.allowed()).isFalse();
        assertThat(refused.retryAfterSeconds()).isEqualTo(1);
    }

    @Test
    void the_bucket_refills_at_the_configured_rate() {
        var limiter = new RateLimiter(2, 2, now::get);
        limiter.check("token");
        limiter.check("token");
        assertThat(limiter.check("token").allowed()).isFalse();

        now.addAndGet(500_000_000L); // half a second: one more request

        assertThat(limiter.check("token").allowed()).isTrue();
        assertThat(limiter.check("token").allowed()).isFalse();
    }

    @Test
    void keys_are_limited_independently() {
        var limiter = new RateLimiter(1, 1, now::get);

        assertThat(limiter.check("site-a").allowed()).isTrue();
        assertThat(limiter.check("site-a").allowed()).isFalse();
        assertThat(limiter.check("site-b").allowed()).isTrue();
    }
}
