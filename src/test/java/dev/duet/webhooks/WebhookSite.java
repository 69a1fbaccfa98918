package dev.duet.webhooks;

import com.fasterxml.jackson.databind.JsonNode;
import dev.duet.testing.Client;
import dev.duet.testing.Response;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One caller's view of a marketing site's space with a root component {@code page}, its stories and its webhooks,
 * so webhook tests read as what they do rather than as URLs.
 */
final class WebhookSite {

    final Client client;
    final long spaceId;

    WebhookSite(Client client, long spaceId) {
        this.client = client;
        this.spaceId = spaceId;
    }

    /** A new space with the root component {@code page} (one text field, {@code title}). */
    static WebhookSite newSpace(Client admin) {
        var space = admin.post("/api/spaces", Map.of("name", "Marketing site"));
        assertThat(space.status()).as(space.toString()).isEqualTo(201);
        var site = new WebhookSite(admin, space.json().at("/space/id").asLong());
        var component = admin.post(site.path("/components"), Map.of("component", Map.of("name", "page", "is_root", true,
                "schema", Map.of("title", Map.of("type", "text")))));
        assertThat(component.status()).as(component.toString()).isEqualTo(201);
        return site;
    }

    /** The same space seen by another caller. */
    WebhookSite as(Client other) {
        return new WebhookSite(other, spaceId);
    }

    String path(String rest) {
        return "/api/spaces/" + spaceId + rest;
    }

    String webhooks(String rest) {
        return path("/webhooks" + rest);
    }

    /** Creates a page story; returns its id. */
    long story(String name, String slug) {
        var response = client.post(path("/stories"), Map.of("story", Map.of("name", name, "slug", slug,
                "content", Map.of("component", "page", "title", "Hi"))));
        assertThat(response.status()).as(response.toString()).isEqualTo(201);
        return response.json().at("/story/id").asLong();
    }

    /** Publishes the story's current version, based on the version it has now (sent as If-Match). */
    void publish(long storyId) {
        storyWrite("POST", storyId, "/publish");
    }

    void unpublish(long storyId) {
        storyWrite("POST", storyId, "/unpublish");
    }

    void delete(long storyId) {
        storyWrite("DELETE", storyId, "");
    }

    private void storyWrite(String method, long storyId, String action) {
        var version = client.get(path("/stories/" + storyId)).json().at("/story/version").asLong();
        var response = client.header("If-Match", "\"" + version + "\"").send(method, path("/stories/" + storyId + action), null);
        client.withoutHeader("If-Match");
        assertThat(response.status()).as(response.toString()).isBetween(200, 204);
    }

    Response create(Map<String, Object> webhook) {
        return client.post(webhooks(""), Map.of("webhook", webhook));
    }

    /** Creates a webhook to {@code url} for {@code events}; returns the whole answer (webhook and secret). */
    JsonNode webhook(String name, String url, List<String> events) {
        var response = create(Map.of("name", name, "url", url, "events", events));
        assertThat(response.status()).as(response.toString()).isEqualTo(201);
        return response.json();
    }

    List<JsonNode> deliveries(long webhookId) {
        var response = client.get(webhooks("/" + webhookId + "/deliveries"));
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        var deliveries = new java.util.ArrayList<JsonNode>();
        response.json().get("deliveries").forEach(deliveries::add);
        return deliveries;
    }

    /** The webhook's newest delivery, once it satisfies {@code ready}; fails after ten seconds. */
    JsonNode awaitDelivery(long webhookId, Predicate<JsonNode> ready) {
        var deadline = Instant.now().plus(Duration.ofSeconds(10));
        while (true) {
            var deliveries = deliveries(webhookId);
            if (!deliveries.isEmpty() && ready.test(deliveries.getFirst())) return deliveries.getFirst();
            assertThat(Instant.now()).as("the delivery log within 10 s: " + deliveries).isBefore(deadline);
            sleep(Duration.ofMillis(50));
        }
    }

    static Predicate<JsonNode> status(String status) {
        return delivery -> delivery.get("status").asText().equals(status);
    }

    static void sleep(Duration duration) {
        try {
            Thread.sleep(duration);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
