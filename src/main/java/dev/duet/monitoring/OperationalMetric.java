package dev.duet.monitoring;

import com.fasterxml.jackson.annotation.JsonValue;

import java.util.Arrays;
import java.util.Optional;

/**
 * A number about Duet itself that a key result can follow. Latencies and rates cover the last five minutes (the
 * {@link RecentWindow}); uptime counts from this node's start.
 */
public enum OperationalMetric {
    DELIVERY_P99_MS("delivery_p99_ms", "Delivery API p99 latency", "ms"),
    DELIVERY_P50_MS("delivery_p50_ms", "Delivery API median latency", "ms"),
    MANAGEMENT_P99_MS("management_p99_ms", "Management API p99 latency", "ms"),
    ERROR_RATE_PERCENT("error_rate_percent", "Share of requests failing with 5xx", "%"),
    AVAILABILITY_PERCENT("availability_percent", "Share of requests answered without 5xx", "%"),
    UPTIME_HOURS("uptime_hours", "Hours since Duet started", "h"),
    REQUESTS_PER_MINUTE("requests_per_minute", "Requests per minute", "/min"),
    EVENTS_PER_MINUTE("events_per_minute", "Event batches from sites per minute", "/min");

    private final String id;
    private final String label;
    private final String unit;

    OperationalMetric(String id, String label, String unit) {
        this.id = id;
        this.label = label;
        this.unit = unit;
    }

    @JsonValue
    public String id() {
        return id;
    }

    public String label() {
        return label;
    }

    public String unit() {
        return unit;
    }

    public static Optional<OperationalMetric> of(String id) {
        return Arrays.stream(values()).filter(metric -> metric.id.equals(id)).findFirst();
    }
}
