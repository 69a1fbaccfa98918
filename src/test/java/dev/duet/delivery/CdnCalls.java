package dev.duet.delivery;

import dev.duet.testing.Response;
import dev.duet.testing.TestApp;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.net.http.HttpHeaders;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Delivery requests as a site sends them, with the space's public or preview token. {@link #both} sends a published
 * request through the Javalin route (the snapshot is dropped first, so the fast path must pass it on) and then
 * through the Jetty fast path, and checks both answered alike.
 */
final class CdnCalls {

    private final TestApp app;
    private final AcmeSite site;

    CdnCalls(TestApp app, AcmeSite site) {
        this.app = app;
        this.site = site;
    }

    /** {@code GET /v2/cdn/<path>?<query>&token=<public token>}. */
    Response get(String pathAndQuery) {
        return app.anonymous().get(url(pathAndQuery, site.publicToken));
    }

    Response preview(String pathAndQuery) {
        return app.anonymous().get(url(pathAndQuery, site.previewToken));
    }

    Response withToken(String pathAndQuery, String token) {
        return app.anonymous().get(url(pathAndQuery, token));
    }

    static String url(String pathAndQuery, String token) {
        var separator = pathAndQuery.contains("?") ? "&" : "?";
        return "/v2/cdn/" + pathAndQuery + (token == null ? "" : separator + "token=" + token);
    }

    /** The published answer through Javalin and then through the fast path, which must be the same. */
    Response both(String pathAndQuery) {
        return both(Map.of(), pathAndQuery);
    }

    /** {@link #both(String)} with request headers. */
    Response both(Map<String, String> headers, String pathAndQuery) {
        app.wiring.delivery.snapshots().invalidate(site.spaceId);
        long fastBefore = app.wiring.delivery.fastAnswers();
        var viaJavalin = send(headers, pathAndQuery);
        assertThat(app.wiring.delivery.fastAnswers()).as("the first read after a reset goes to Javalin").isEqualTo(fastBefore);
        var viaFastPath = send(headers, pathAndQuery);
        if (viaJavalin.status() == 200 || viaJavalin.status() == 304) {
            assertThat(app.wiring.delivery.fastAnswers()).as("the fast path answered " + pathAndQuery).isEqualTo(fastBefore + 1);
        }
        assertThat(viaFastPath.status()).isEqualTo(viaJavalin.status());
        assertThat(viaFastPath.text()).isEqualTo(viaJavalin.text());
        for (var header : List.of("etag", "cache-control", "total", "per-page", "content-type", "access-control-allow-origin",
                "access-control-expose-headers", "vary")) {
            assertThat(viaFastPath.header(header)).as(header).isEqualTo(viaJavalin.header(header));
        }
        return viaFastPath;
    }

    private Response send(Map<String, String> headers, String pathAndQuery) {
        var client = app.anonymous();
        headers.forEach(client::header);
        return client.get(url(pathAndQuery, site.publicToken));
    }

    /** A GET sent over a plain socket, so the query can carry raw brackets (java.net.URI refuses them). */
    Response raw(String pathAndQuery) {
        var target = url(pathAndQuery, site.publicToken);
        try (var socket = new Socket("127.0.0.1", app.server.port())) {
            var request = "GET " + target + " HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n";
            socket.getOutputStream().write(request.getBytes(StandardCharsets.US_ASCII));
            return parse(socket.getInputStream().readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Response parse(byte[] bytes) {
        int split = 0;
        while (!(bytes[split] == '\r' && bytes[split + 1] == '\n' && bytes[split + 2] == '\r' && bytes[split + 3] == '\n')) split++;
        var head = new String(bytes, 0, split, StandardCharsets.US_ASCII).split("\r\n");
        int status = Integer.parseInt(head[0].split(" ")[1]);
        var headers = new HashMap<String, List<String>>();
        for (int i = 1; i < head.length; i++) {
            int colon = head[i].indexOf(':');
            headers.computeIfAbsent(head[i].substring(0, colon).strip().toLowerCase(), k -> new ArrayList<>())
                    .add(head[i].substring(colon + 1).strip());
        }
        var body = java.util.Arrays.copyOfRange(bytes, split + 4, bytes.length);
        if (headers.containsKey("transfer-encoding")) body = unchunk(body);
        return new Response(status, HttpHeaders.of(Map.copyOf(headers), (a, b) -> true), new String(body, StandardCharsets.UTF_8));
    }

    private static byte[] unchunk(byte[] body) {
        var out = new ByteArrayOutputStream();
        int at = 0;
        while (true) {
            int lineEnd = at;
            while (body[lineEnd] != '\r') lineEnd++;
            int size = Integer.parseInt(new String(body, at, lineEnd - at, StandardCharsets.US_ASCII).strip(), 16);
            if (size == 0) return out.toByteArray();
            out.write(body, lineEnd + 2, size);
            at = lineEnd + 2 + size + 2;
        }
    }
}
