package dev.duet.monitoring;

import java.lang.management.ManagementFactory;
import java.util.Locale;

/** Writes the metrics in Prometheus' text exposition format, one family after another with its HELP and TYPE. */
final class PrometheusText {

    private final RequestMetrics requests;
    private final int queueDepth;
    private final int queueCapacity;
    private final StringBuilder out = new StringBuilder(8192);

    PrometheusText(RequestMetrics requests, int queueDepth, int queueCapacity) {
        this.requests = requests;
        this.queueDepth = queueDepth;
        this.queueCapacity = queueCapacity;
    }

    String write() {
        family("duet_http_requests_total", "counter", "HTTP requests answered, by route group and status class.");
        for (var group : RouteGroup.values()) {
            for (int c = 0; c < RequestMetrics.CLASSES; c++) {
                sample("duet_http_requests_total{group=\"" + group.id() + "\",status=\"" + (c + 1) + "xx\"}",
                        requests.requests(group, c));
            }
        }
        family("duet_http_request_duration_seconds", "histogram", "Time from receiving a request to completing its answer.");
        for (var group : RouteGroup.values()) histogram(group);
        family("duet_uptime_seconds", "gauge", "Seconds since this Duet node started.");
        sample("duet_uptime_seconds", requests.uptimeSeconds());
        family("duet_events_queue_depth", "gauge", "Site events waiting to be committed.");
        sample("duet_events_queue_depth", queueDepth);
        family("duet_events_queue_capacity", "gauge", "Site events that may wait at once before sites are asked to retry.");
        sample("duet_events_queue_capacity", queueCapacity);
        jvm();
        return out.toString();
    }

    private void histogram(RouteGroup group) {
        var name = "duet_http_request_duration_seconds";
        var label = "group=\"" + group.id() + "\"";
        long cumulative = 0;
        for (int b = 0; b < LatencyBuckets.COUNT; b++) {
            cumulative += requests.bucket(group, b);
            var le = b < LatencyBuckets.BOUNDS_SECONDS.length ? number(LatencyBuckets.BOUNDS_SECONDS[b]) : "+Inf";
            sample(name + "_bucket{" + label + ",le=\"" + le + "\"}", cumulative);
        }
        sample(name + "_sum{" + label + "}", requests.secondsSum(group));
        sample(name + "_count{" + label + "}", cumulative);
    }

    private void jvm() {
        var memory = ManagementFactory.getMemoryMXBean();
        var heap = memory.getHeapMemoryUsage();
        var nonHeap = memory.getNonHeapMemoryUsage();
        family("jvm_memory_used_bytes", "gauge", "Memory the JVM uses, by area.");
        sample("jvm_memory_used_bytes{area=\"heap\"}", heap.getUsed());
        sample("jvm_memory_used_bytes{area=\"nonheap\"}", nonHeap.getUsed());
        family("jvm_memory_committed_bytes", "gauge", "Memory the operating system gave the JVM, by area.");
        sample("jvm_memory_committed_bytes{area=\"heap\"}", heap.getCommitted());
        sample("jvm_memory_committed_bytes{area=\"nonheap\"}", nonHeap.getCommitted());
        family("jvm_memory_max_bytes", "gauge", "The most memory the JVM may use, by area (-1 when unbounded).");
        sample("jvm_memory_max_bytes{area=\"heap\"}", heap.getMax());
        family("jvm_threads_live", "gauge", "Live platform threads (virtual threads are not counted).");
        sample("jvm_threads_live", ManagementFactory.getThreadMXBean().getThreadCount());
    }

    private void family(String name, String type, String help) {
        out.append("# HELP ").append(name).append(' ').append(help).append('\n');
        out.append("# TYPE ").append(name).append(' ').append(type).append('\n');
    }

    private void sample(String series, long value) {
        out.append(series).append(' ').append(value).append('\n');
    }

    private void sample(String series, double value) {
        out.append(series).append(' ').append(number(value)).append('\n');
    }

    private static String number(double value) {
        if (value == Math.rint(value) && Math.abs(value) < 1e15) return Long.toString((long) value);
        return String.format(Locale.ROOT, "%s", value);
    }
}
