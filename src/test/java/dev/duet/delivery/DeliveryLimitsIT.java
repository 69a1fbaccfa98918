package dev.duet.delivery;

import dev.duet.testing.TestApp;
import dev.duet.testing.TestDatabase;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class DeliveryLimitsIT {

    @Test
    void a_token_over_its_rate_limit_gets_429_json_with_retry_after_and_other_tokens_do_not() {
        try (var app = new TestApp(TestDatabase.SQLITE, Map.of("DUET_DELIVERY_RATE_LIMIT", "1"))) {
            var site = AcmeSite.create(app);
            var client = app.anonymous();

            var answers = new java.util.ArrayList<dev.duet.testing.Response>();
            for (int i = 0; i < 4; i++) answers.add(client.get("/v2/cdn/stories/home?token=" + site.publicToken));
            var other = client.get("/v2/cdn/stories/home?token=" + site.previewToken);

            var refused = answers.getLast();
            assertThat(answers.getFirst().status()).isEqualTo(200);
            assertThat(refused.status()).isEqualTo(429);
            assertThat(refused.header("Retry-After")).isEqualTo("1");
            assertThat(refused.json().get("error").asText()).contains("Too many requests");
            assertThat(other.status()).isEqualTo(200);
        }
    }
}
