package dev.duet.testing;

import dev.duet.web.Json;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A real HTTP client for one caller: keeps its session cookie, sends the CSRF token after sign-in, or a bearer token.
 * Bodies may be any object (written as JSON) or a raw String (sent as it is, for malformed-input tests); files go up
 * as multipart/form-data with {@link #upload}, and binary answers come back whole with {@link #download}.
 */
public final class Client {

    private final String base;
    private final HttpClient http;
    private final Map<String, String> headers = new LinkedHashMap<>();

    public Client(String base) {
        this.base = base;
        this.http = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
    }

    /** Signs in with email and password; later writes carry the session's CSRF token. */
    public Client login(String email, String password) {
        var response = post("/api/auth/login", Map.of("email", email, "password", password));
        if (response.status() != 200) throw new IllegalStateException("login failed: " + response);
        headers.put("X-CSRF-Token", response.json().get("csrf_token").asText());
        return this;
    }

    public Client bearer(String token) {
        headers.put("Authorization", "Bearer " + token);
        return this;
    }

    public Client header(String name, String value) {
        headers.put(name, value);
        return this;
    }

    public Client withoutHeader(String name) {
        headers.remove(name);
        return this;
    }

    public Response get(String path) {
        return send("GET", path, null);
    }

    public Response post(String path, Object body) {
        return send("POST", path, body);
    }

    public Response put(String path, Object body) {
        return send("PUT", path, body);
    }

    public Response patch(String path, Object body) {
        return send("PATCH", path, body);
    }

    public Response delete(String path) {
        return send("DELETE", path, null);
    }

    public Response send(String method, String path, Object body) {
        return send(method, path, body, "application/json");
    }

    /** As {@link #send(String, String, Object)}, with a body of another type (XML, plain text). */
    public Response send(String method, String path, Object body, String contentType) {
        var builder = HttpRequest.newBuilder(URI.create(base + path));
        headers.forEach(builder::header);
        if (body == null) {
            builder.method(method, HttpRequest.BodyPublishers.noBody());
        } else {
            var text = body instanceof String raw ? raw : Json.write(body);
            builder.header("Content-Type", contentType).method(method, HttpRequest.BodyPublishers.ofString(text));
        }
        try {
            var response = http.send(builder.build(), HttpResponse.BodyHandlers.ofString());
            return new Response(response.statusCode(), response.headers(), response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** A file as a browser's form sends it: the name and type the client claims, and the bytes. */
    public record FilePart(String filename, String contentType, byte[] bytes) {
    }

    /** POSTs {@code fields} and {@code file} (as the part "file") as multipart/form-data with a Content-Length. */
    public Response upload(String path, Map<String, String> fields, FilePart file) {
        return upload(path, fields, file, false);
    }

    /** As {@link #upload(String, Map, FilePart)}; {@code chunked} sends the body without announcing its length. */
    public Response upload(String path, Map<String, String> fields, FilePart file, boolean chunked) {
        var boundary = "duet-test-" + System.nanoTime();
        var body = multipart(boundary, fields, file);
        var publisher = chunked
                ? HttpRequest.BodyPublishers.ofInputStream(() -> new java.io.ByteArrayInputStream(body))
                : HttpRequest.BodyPublishers.ofByteArray(body);
        var builder = HttpRequest.newBuilder(URI.create(base + path));
        headers.forEach(builder::header);
        builder.header("Content-Type", "multipart/form-data; boundary=" + boundary).POST(publisher);
        var response = exchange(builder, HttpResponse.BodyHandlers.ofString());
        return new Response(response.statusCode(), response.headers(), response.body());
    }

    /** GETs {@code path} and keeps the answer's bytes as they are (images, say). */
    public Download download(String path) {
        var builder = HttpRequest.newBuilder(URI.create(base + path));
        headers.forEach(builder::header);
        var response = exchange(builder.GET(), HttpResponse.BodyHandlers.ofByteArray());
        return new Download(response.statusCode(), response.headers(), response.body());
    }

    private static byte[] multipart(String boundary, Map<String, String> fields, FilePart file) {
        var out = new java.io.ByteArrayOutputStream();
        fields.forEach((name, value) -> out.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name
                + "\"\r\n\r\n" + value + "\r\n").getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        if (file != null) {
            out.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + file.filename()
                    + "\"\r\nContent-Type: " + file.contentType() + "\r\n\r\n").getBytes(java.nio.charset.StandardCharsets.UTF_8));
            out.writeBytes(file.bytes());
            out.writeBytes("\r\n".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        }
        out.writeBytes(("--" + boundary + "--\r\n").getBytes(java.nio.charset.StandardCharsets.UTF_8));
        return out.toByteArray();
    }

    private <T> HttpResponse<T> exchange(HttpRequest.Builder builder, HttpResponse.BodyHandler<T> handler) {
        try {
            return http.send(builder.build(), handler);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
