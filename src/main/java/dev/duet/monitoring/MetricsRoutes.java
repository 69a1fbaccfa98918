package dev.duet.monitoring;

import io.javalin.config.RoutesConfig;

import static dev.duet.access.Permission.METRICS_READ;

/**
 * {@code GET /metrics} for Prometheus. It needs {@code metrics:read} (admins and developers hold it): give the scraper
 * a management token with only that scope and send it as {@code Authorization: Bearer}. Never public, because request
 * counts and memory tell an outsider more than they should.
 */
public final class MetricsRoutes {

    static final String CONTENT_TYPE = "text/plain; version=0.0.4; charset=utf-8";

    private final OperationalMetrics metrics;

    public MetricsRoutes(OperationalMetrics metrics) {
        this.metrics = metrics;
    }

    public void register(RoutesConfig routes) {
        routes.get("/metrics", ctx -> ctx.contentType(CONTENT_TYPE).result(metrics.prometheus()), METRICS_READ);
    }
}
