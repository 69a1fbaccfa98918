package dev.duet.webhooks;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.duet.web.Json;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.TreeMap;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A webhook receiver on loopback, as a site's build hook would be: records every request it gets and answers with
 * the statuses it was told to, in order, then with 200.
 */
final class Receiver implements AutoCloseable {

    /** One request as it arrived: header names in lower case, the body exactly as sent. */
    record Received(String method, String path, Map<String, String> headers, byte[] body, Instant at) {
        String header(String name) {
            return headers.get(name.toLowerCase());
        }

        String text() {
            return new String(body, StandardCharsets.UTF_8);
        }

        JsonNode json() {
            return Json.tree(text());
        }
    }

    private final HttpServer server;
    private final BlockingQueue<Received> unread = new LinkedBlockingQueue<>();
    private final List<Received> all = new CopyOnWriteArrayList<>();
    private final Queue<Integer> answers = new ConcurrentLinkedQueue<>();
    private volatile int otherwise = 200;

    Receiver() {
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/", this::handle);
        server.setExecutor(Executors.newVirtualThreadPerTaskExecutor());
        server.start();
    }

    /** The URL of {@code path} on this receiver, e.g. {@code http://127.0.0.1:41234/hooks}. */
    String url(String path) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + path;
    }

    /** Answers the next requests with these statuses, in order; after them, as before. */
    Receiver answering(int... statuses) {
        for (var status : statuses) answers.add(status);
        return this;
    }

    Receiver answering(List<Integer> statuses) {
        answers.addAll(statuses);
        return this;
    }

    /** Answers every request (after any queued statuses) with {@code status}. */
    Receiver alwaysAnswering(int status) {
        otherwise = status;
        return this;
    }

    /** The next request not yet looked at, waiting up to ten seconds for it. */
    Received next() {
        try {
            var received = unread.poll(10, TimeUnit.SECONDS);
            assertThat(received).as("a request within 10 s").isNotNull();
            return received;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Asserts that no request arrives within {@code wait} from now. */
    void expectNothingFor(Duration wait) {
        int before = all.size();
        WebhookSite.sleep(wait);
        assertThat(all.subList(before, all.size())).as("unexpected requests").isEmpty();
    }

    /** Every request received so far. */
    List<Received> all() {
        return List.copyOf(all);
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            var headers = new TreeMap<String, String>();
            exchange.getRequestHeaders().forEach((name, values) -> headers.put(name.toLowerCase(), String.join(",", values)));
            var received = new Received(exchange.getRequestMethod(), exchange.getRequestURI().getPath(), headers,
                    exchange.getRequestBody().readAllBytes(), Instant.now());
            var queued = answers.poll();
            int status = queued != null ? queued : otherwise;
            if (status >= 300 && status < 400) exchange.getResponseHeaders().add("Location", url("/elsewhere"));
            all.add(received);
            unread.add(received);
            exchange.sendResponseHeaders(status, -1);
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
