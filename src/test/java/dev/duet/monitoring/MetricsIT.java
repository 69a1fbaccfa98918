package dev.duet.monitoring;

import dev.duet.access.Role;
import dev.duet.testing.Client;
import dev.duet.testing.MarketingSite;
import dev.duet.testing.TestApp;
import dev.duet.testing.TestDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** GET /metrics over real HTTP: requests made, then scraped and parsed as Prometheus would. */
@ParameterizedClass
@EnumSource(TestDatabase.class)
class MetricsIT {

    @Parameter
    TestDatabase database;

    TestApp app;
    Client admin;

    @BeforeEach
    void start() {
        app = new TestApp(database);
        admin = app.admin();
    }

    @AfterEach
    void stop() {
        app.close();
    }

    /** The samples of a scrape by series ({@code name{labels}}), comments left out. */
    static Map<String, Double> parse(String text) {
        var samples = new HashMap<String, Double>();
        for (var line : text.split("\n")) {
            if (line.isBlank() || line.startsWith("#")) continue;
            int space = line.lastIndexOf(' ');
            samples.put(line.substring(0, space), Double.parseDouble(line.substring(space + 1)));
        }
        return samples;
    }

    Map<String, Double> scrape() {
        var answer = admin.get("/metrics");
        assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
        assertThat(answer.header("Content-Type")).startsWith("text/plain; version=0.0.4");
        return parse(answer.text());
    }

    /** Scrapes until {@code counted} holds, for at most two seconds; the last scrape either way. */
    Map<String, Double> scrapeUntil(java.util.function.Predicate<Map<String, Double>> counted) {
        long deadline = System.nanoTime() + 2_000_000_000L;
        var samples = scrape();
        while (!counted.test(samples) && System.nanoTime() < deadline) {
            Thread.onSpinWait();
            samples = scrape();
        }
        return samples;
    }

    static double value(Map<String, Double> samples, String series) {
        return samples.getOrDefault(series, 0.0);
    }

    @Test
    void requests_are_counted_by_group_and_status_class_including_the_delivery_fast_path() {
        long spaceId = MarketingSite.create(admin);
        var created = admin.post("/api/spaces/" + spaceId + "/stories", Map.of("story", Map.of("name", "Home", "slug", "home",
                "content", MarketingSite.page("Welcome"))));
        long storyId = created.json().at("/story/id").asLong();
        assertThat(admin.header("If-Match", created.header("ETag"))
                .post("/api/spaces/" + spaceId + "/stories/" + storyId + "/publish", Map.of()).status()).isEqualTo(200);
        String token = null;
        for (var entry : admin.get("/api/spaces/" + spaceId + "/delivery_tokens").json().get("tokens")) {
            if (entry.get("access").asText().equals("public")) token = entry.get("token").asText();
        }
        var before = scrape();
        var site = app.anonymous();
        for (int i = 0; i < 5; i++) {
            assertThat(site.get("/v2/cdn/stories/home?token=" + token).status()).isEqualTo(200);
        }
        assertThat(site.get("/v2/cdn/stories/home?token=wrong").status()).isEqualTo(401);
        assertThat(admin.get("/api/spaces/" + spaceId + "/stories/999999").status()).isEqualTo(404);
        assertThat(site.get("/nowhere").status()).isEqualTo(404);

        // a request is counted when Jetty completes it, which can be just after its client has read the answer
        var after = scrapeUntil(samples -> value(samples, "duet_http_request_duration_seconds_count{group=\"delivery\"}")
                - value(before, "duet_http_request_duration_seconds_count{group=\"delivery\"}") >= 6
                && value(samples, "duet_http_requests_total{group=\"management\",status=\"4xx\"}")
                - value(before, "duet_http_requests_total{group=\"management\",status=\"4xx\"}") >= 1
                && value(samples, "duet_http_requests_total{group=\"other\",status=\"4xx\"}")
                - value(before, "duet_http_requests_total{group=\"other\",status=\"4xx\"}") >= 1);

        assertThat(app.wiring.delivery.fastAnswers()).as("some reads came from the fast path").isPositive();
        assertThat(value(after, "duet_http_requests_total{group=\"delivery\",status=\"2xx\"}")
                - value(before, "duet_http_requests_total{group=\"delivery\",status=\"2xx\"}")).isEqualTo(5);
        assertThat(value(after, "duet_http_requests_total{group=\"delivery\",status=\"4xx\"}")
                - value(before, "duet_http_requests_total{group=\"delivery\",status=\"4xx\"}")).isEqualTo(1);
        assertThat(value(after, "duet_http_requests_total{group=\"management\",status=\"4xx\"}")
                - value(before, "duet_http_requests_total{group=\"management\",status=\"4xx\"}")).isEqualTo(1);
        assertThat(value(after, "duet_http_requests_total{group=\"other\",status=\"4xx\"}")
                - value(before, "duet_http_requests_total{group=\"other\",status=\"4xx\"}")).isEqualTo(1);
        assertThat(value(after, "duet_http_request_duration_seconds_count{group=\"delivery\"}")
                - value(before, "duet_http_request_duration_seconds_count{group=\"delivery\"}")).isEqualTo(6);
        assertThat(value(after, "duet_http_request_duration_seconds_bucket{group=\"delivery\",le=\"+Inf\"}"))
                .isEqualTo(value(after, "duet_http_request_duration_seconds_count{group=\"delivery\"}"))
                .isGreaterThanOrEqualTo(value(after, "duet_http_request_duration_seconds_bucket{group=\"delivery\",le=\"0.01\"}"));
        assertThat(value(after, "duet_http_request_duration_seconds_sum{group=\"delivery\"}")).isPositive();
        assertThat(after).containsKeys("duet_uptime_seconds", "duet_events_queue_depth", "duet_events_queue_capacity",
                "jvm_memory_used_bytes{area=\"heap\"}");
        assertThat(value(after, "duet_events_queue_capacity")).isEqualTo(app.wiring.eventIntake.queueCapacity());
    }

    @Test
    void current_operational_numbers_come_from_the_last_minutes_of_requests() {
        var metrics = app.wiring.operationalMetrics;
        for (int i = 0; i < 20; i++) app.anonymous().get("/v2/cdn/stories?token=wrong");

        assertThat(metrics.current(OperationalMetric.DELIVERY_P99_MS)).isPresent();
        assertThat(metrics.current(OperationalMetric.DELIVERY_P99_MS).getAsDouble())
                .isGreaterThanOrEqualTo(metrics.current(OperationalMetric.DELIVERY_P50_MS).getAsDouble()).isPositive();
        assertThat(metrics.current(OperationalMetric.ERROR_RATE_PERCENT).getAsDouble()).isZero();
        assertThat(metrics.current(OperationalMetric.AVAILABILITY_PERCENT).getAsDouble()).isEqualTo(100.0);
        assertThat(metrics.current(OperationalMetric.REQUESTS_PER_MINUTE).getAsDouble()).isPositive();
        assertThat(metrics.current(OperationalMetric.UPTIME_HOURS).getAsDouble()).isPositive();
    }

    @Test
    void metrics_need_the_metrics_scope_which_a_scraper_token_can_hold_alone() {
        assertThat(app.anonymous().get("/metrics").status()).isEqualTo(401);
        assertThat(app.as(Role.VIEWER).get("/metrics").status()).isEqualTo(403);
        assertThat(app.as(Role.EDITOR).get("/metrics").status()).isEqualTo(403);
        assertThat(app.as(Role.DEVELOPER).get("/metrics").status()).isEqualTo(200);
        var readOnly = admin.post("/api/tokens", Map.of("name", "reader", "scopes", List.of("content:read")));
        assertThat(app.anonymous().bearer(readOnly.json().get("secret").asText()).get("/metrics").status()).isEqualTo(403);

        var created = admin.post("/api/tokens", Map.of("name", "prometheus", "scopes", List.of("metrics:read")));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        var scraper = app.anonymous().bearer(created.json().get("secret").asText());

        var answer = scraper.get("/metrics");
        assertThat(answer.status()).isEqualTo(200);
        assertThat(parse(answer.text())).containsKey("duet_http_requests_total{group=\"management\",status=\"2xx\"}");
        assertThat(scraper.get("/api/spaces").status()).isEqualTo(403);
    }
}
