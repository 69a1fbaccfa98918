package dev.duet.monitoring;

import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/**
 * The outermost Jetty handler: every request passes it, those the delivery fast path answers from memory included,
 * before any Javalin code. It notes the start, hands the request on with a callback that records group, status and
 * latency once the response is complete (Jetty reports completion only through the callback, so this one small
 * object per request is the whole cost beside the counters), and counts requests nobody handled as 404s.
 */
public final class MetricsHandler extends Handler.Wrapper {

    private final RequestMetrics metrics;

    public MetricsHandler(RequestMetrics metrics) {
        this.metrics = metrics;
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) throws Exception {
        long start = metrics.nanoTime();
        var group = RouteGroup.of(request.getHttpURI().getPath());
        boolean handled;
        try {
            handled = super.handle(request, response, new Recording(callback, response, group, start, metrics));
        } catch (Exception e) {
            // Jetty fails the request's own callback and answers 500; ours is never called
            metrics.record(group, 500, start);
            throw e;
        }
        if (!handled) metrics.record(group, 404, start);
        return handled;
    }

    private record Recording(Callback delegate, Response response, RouteGroup group, long start,
                             RequestMetrics metrics) implements Callback {
        @Override
        public void succeeded() {
            metrics.record(group, response.getStatus(), start);
            delegate.succeeded();
        }

        @Override
        public void failed(Throwable failure) {
            metrics.record(group, 500, start);
            delegate.failed(failure);
        }

        @Override
        public InvocationType getInvocationType() {
            return delegate.getInvocationType();
        }
    }
}
