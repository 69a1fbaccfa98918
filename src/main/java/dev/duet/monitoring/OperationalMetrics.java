package dev.duet.monitoring;

import java.util.OptionalDouble;
import java.util.function.IntSupplier;

/**
 * Duet's own health in numbers: the current value of an {@link OperationalMetric} for goals and the admin app, and the
 * whole picture in Prometheus' text format for scrapers. Thread-safe; reads the lock-free counters only.
 */
public final class OperationalMetrics {

    private final RequestMetrics requests;
    private final IntSupplier eventsQueueDepth;
    private final int eventsQueueCapacity;

    /** {@code eventsQueueDepth} tells how many site events wait for their commit, of at most {@code eventsQueueCapacity}. */
    public OperationalMetrics(RequestMetrics requests, IntSupplier eventsQueueDepth, int eventsQueueCapacity) {
        this.requests = requests;
        this.eventsQueueDepth = eventsQueueDepth;
        this.eventsQueueCapacity = eventsQueueCapacity;
    }

    /** The metric's value now; empty when the window holds no request it could be computed from. */
    public OptionalDouble current(OperationalMetric metric) {
        var recent = requests.recent();
        return switch (metric) {
            case DELIVERY_P99_MS -> quantile(recent, RouteGroup.DELIVERY, 0.99);
            case DELIVERY_P50_MS -> quantile(recent, RouteGroup.DELIVERY, 0.50);
            case MANAGEMENT_P99_MS -> quantile(recent, RouteGroup.MANAGEMENT, 0.99);
            case ERROR_RATE_PERCENT -> recent.requests() == 0 ? OptionalDouble.empty()
                    : OptionalDouble.of(100.0 * recent.serverErrors() / recent.requests());
            case AVAILABILITY_PERCENT -> recent.requests() == 0 ? OptionalDouble.empty()
                    : OptionalDouble.of(100.0 - 100.0 * recent.serverErrors() / recent.requests());
            case UPTIME_HOURS -> OptionalDouble.of(requests.uptimeSeconds() / 3600);
            case REQUESTS_PER_MINUTE -> OptionalDouble.of(recent.requests() * 60 / recent.seconds());
            case EVENTS_PER_MINUTE -> OptionalDouble.of(recent.requests(RouteGroup.EVENTS) * 60 / recent.seconds());
        };
    }

    /** Everything, in the Prometheus text exposition format (version 0.0.4). */
    public String prometheus() {
        return new PrometheusText(requests, eventsQueueDepth.getAsInt(), eventsQueueCapacity).write();
    }

    private static OptionalDouble quantile(RecentWindow.Snapshot recent, RouteGroup group, double quantile) {
        double value = LatencyBuckets.quantileMillis(recent.histograms()[group.ordinal()], quantile);
        return Double.isNaN(value) ? OptionalDouble.empty() : OptionalDouble.of(value);
    }
}
