package dev.duet.app;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import dev.duet.web.Json;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** Calls Duet's management API with a bearer token, for commands run against a server (not the database). */
final class ManagementClient {

    /** An answer: its status and its JSON body (missing when it had none). */
    record Answer(int status, JsonNode body) {
        boolean ok() {
            return status / 100 == 2;
        }

        /** The server's error sentence. */
        String error() {
            return body.path("error").asText("HTTP " + status);
        }
    }

    /** The server could not be reached or answered something that is not Duet's JSON. */
    static final class Unreachable extends RuntimeException {
        Unreachable(String message) {
            super(message);
        }
    }

    private final String base;
    private final String token;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    ManagementClient(String base, String token) {
        this.base = base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
        this.token = token;
    }

    Answer get(String path) {
        return send(request(path).GET());
    }

    Answer post(String path, JsonNode body) {
        return send(request(path).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(Json.write(body))));
    }

    private HttpRequest.Builder request(String path) {
        try {
            return HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofMinutes(5))
                    .header("Authorization", "Bearer " + token).header("Accept", "application/json");
        } catch (IllegalArgumentException e) {
            throw new Unreachable("--url " + base + " is not a URL like http://127.0.0.1:8080");
        }
    }

    private Answer send(HttpRequest.Builder request) {
        try {
            var response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            var text = response.body();
            JsonNode body = text == null || text.isBlank() ? MissingNode.getInstance() : parse(text, response.statusCode());
            return new Answer(response.statusCode(), body);
        } catch (IOException e) {
            throw new Unreachable("cannot reach Duet at " + base + ": " + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new Unreachable("interrupted while waiting for Duet at " + base);
        }
    }

    private JsonNode parse(String text, int status) {
        try {
            return Json.mapper().readTree(text);
        } catch (IOException e) {
            throw new Unreachable(base + " answered " + status + " with something other than Duet's JSON; is --url right?");
        }
    }
}
