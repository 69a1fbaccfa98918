package dev.duet.collab.wins;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;

/** A digest receiver on loopback, as a mail relay would be: records every request and answers 200. */
final class DigestReceiver implements AutoCloseable {

    /** One request as it arrived: header names in lower case, the body exactly as sent. */
    record Received(Map<String, String> headers, byte[] body) {
        String header(String name) {
            return headers.get(name.toLowerCase());
        }

        String text() {
            return new String(body, StandardCharsets.UTF_8);
        }
    }

    private final HttpServer server;
    private final List<Received> all = new CopyOnWriteArrayList<>();

    DigestReceiver() {
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/", this::handle);
        server.setExecutor(Executors.newVirtualThreadPerTaskExecutor());
        server.start();
    }

    String url(String path) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + path;
    }

    List<Received> received() {
        return List.copyOf(all);
    }

    /** Waits up to {@code timeout} for at least {@code count} requests; answers all received. */
    List<Received> await(int count, Duration timeout) throws InterruptedException {
        long until = System.nanoTime() + timeout.toNanos();
        while (all.size() < count && System.nanoTime() < until) Thread.sleep(20);
        return received();
    }

    private void handle(HttpExchange exchange) throws IOException {
        var headers = new java.util.TreeMap<String, String>();
        exchange.getRequestHeaders().forEach((name, values) -> headers.put(name.toLowerCase(), values.getFirst()));
        var body = exchange.getRequestBody().readAllBytes();
        all.add(new Received(headers, body));
        exchange.sendResponseHeaders(200, -1);
        exchange.close();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
