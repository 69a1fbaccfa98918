package dev.duet.delivery;

import org.eclipse.jetty.http.HttpField;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.PreEncodedHttpField;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.BufferUtil;
import org.eclipse.jetty.util.Callback;

import java.nio.ByteBuffer;

/**
 * Published story reads straight from the snapshot, in a Jetty core handler in front of Javalin's servlet context:
 * no servlet request, no routing, no JSON writing, only the token lookup, the snapshot lookup and the ready bytes.
 * Whatever it cannot answer from memory (drafts, other endpoints, unknown tokens, a space not loaded yet or with
 * changes waiting, any error) goes on to the Javalin routes, which compute the same answers with {@link Cdn}.
 */
final class FastPath extends Handler.Wrapper {

    private static final HttpField CONTENT_TYPE = new PreEncodedHttpField(HttpHeader.CONTENT_TYPE, Cors.CONTENT_TYPE);
    private static final HttpField ALLOW_ORIGIN = new PreEncodedHttpField(Cors.ALLOW_ORIGIN, Cors.ANY);
    private static final HttpField EXPOSE_HEADERS = new PreEncodedHttpField(Cors.EXPOSE_HEADERS, Cors.EXPOSED);

    private final Cdn cdn;
    private final java.util.concurrent.atomic.LongAdder answered = new java.util.concurrent.atomic.LongAdder();

    FastPath(Cdn cdn) {
        this.cdn = cdn;
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) throws Exception {
        var uri = request.getHttpURI();
        var path = uri.getPath();
        if (!"GET".equals(request.getMethod()) || path == null || !path.startsWith("/v2/cdn/stories")) {
            return super.handle(request, response, callback);
        }
        CdnResponse answer;
        try {
            var headers = request.getHeaders();
            answer = cdn.answerFromMemory(CdnRequest.of(path, uri.getQuery(), headers.get(HttpHeader.IF_NONE_MATCH),
                    headers.get(ExperimentView.HEADER)));
        } catch (RuntimeException e) {
            // the Javalin route computes the same answer and maps the failure to a JSON error
            answer = null;
        }
        if (answer == null) return super.handle(request, response, callback);
        answered.increment();
        write(answer, response, callback);
        return true;
    }

    /** How many requests this handler answered itself (the rest went on to Javalin). */
    long answered() {
        return answered.sum();
    }

    private static void write(CdnResponse answer, Response response, Callback callback) {
        response.setStatus(answer.status());
        var headers = response.getHeaders();
        headers.put(CONTENT_TYPE);
        headers.put(ALLOW_ORIGIN);
        headers.put(EXPOSE_HEADERS);
        headers.put(HttpHeader.CACHE_CONTROL, answer.cacheControl());
        if (answer.etag() != null) headers.put(HttpHeader.ETAG, answer.etag());
        if (answer.vary() != null) headers.put(HttpHeader.VARY, answer.vary());
        if (answer.total() >= 0) headers.put("total", Long.toString(answer.total()));
        if (answer.perPage() >= 0) headers.put("per-page", Integer.toString(answer.perPage()));
        if (answer.body() == null) {
            response.write(true, BufferUtil.EMPTY_BUFFER, callback);
            return;
        }
        response.write(true, ByteBuffer.wrap(answer.body()), callback);
    }
}
