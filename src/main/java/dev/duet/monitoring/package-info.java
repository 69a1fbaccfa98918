/**
 * Duet's operational metrics: {@link dev.duet.monitoring.MetricsHandler} sits in front of every other HTTP handler and
 * records each request's route group, status class and latency into lock-free counters
 * ({@link dev.duet.monitoring.RequestMetrics}); {@code GET /metrics} exposes them in Prometheus' text format, and
 * {@link dev.duet.monitoring.OperationalMetrics#current} gives one {@link dev.duet.monitoring.OperationalMetric} now
 * (goals' key results follow these).
 */
package dev.duet.monitoring;
