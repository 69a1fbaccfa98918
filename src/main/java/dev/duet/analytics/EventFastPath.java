package dev.duet.analytics;

import org.eclipse.jetty.http.HttpField;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.PreEncodedHttpField;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * {@code POST /v2/events} in a Jetty core handler in front of Javalin's servlet context, as the delivery fast path
 * answers published stories: in the profile of sustained ingestion, the servlet request, Javalin's routing and its
 * before and after handlers cost a site's request about as much as checking its hundred events. The answer is the
 * route's own ({@link EventRoutes#answer}), headers included; every other method and path goes on to Javalin (the
 * preflight too). The route needs no permission check beyond its token: it declares {@code DELIVERY}, which the
 * access guard leaves to the token, and no write of it is audited.
 */
final class EventFastPath extends Handler.Wrapper {

    private static final HttpField CONTENT_TYPE = new PreEncodedHttpField(HttpHeader.CONTENT_TYPE, "application/json");
    private static final List<HttpField> CORS = EventRoutes.CORS.entrySet().stream()
            .<HttpField>map(header -> new PreEncodedHttpField(header.getKey(), header.getValue()))
            .toList();

    private final EventRoutes routes;

    EventFastPath(EventRoutes routes) {
        this.routes = routes;
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) throws Exception {
        if (!"POST".equals(request.getMethod()) || !EventRoutes.PATH.equals(request.getHttpURI().getPath())) {
            return super.handle(request, response, callback);
        }
        var headers = request.getHeaders();
        var answer = routes.answer(Request.extractQueryParameters(request).getValue("token"),
                headers.get(HttpHeader.CONTENT_TYPE), Content.Source.asInputStream(request),
                headers.getLongField(HttpHeader.CONTENT_LENGTH), headers.get(HttpHeader.USER_AGENT));
        response.setStatus(answer.status());
        var out = response.getHeaders();
        out.put(CONTENT_TYPE);
        CORS.forEach(out::put);
        if (answer.retryAfterSeconds() > 0) out.put(HttpHeader.RETRY_AFTER, Long.toString(answer.retryAfterSeconds()));
        response.write(true, ByteBuffer.wrap(answer.json().getBytes(StandardCharsets.UTF_8)), callback);
        return true;
    }
}
