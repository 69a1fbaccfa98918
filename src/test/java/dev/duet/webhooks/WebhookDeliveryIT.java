package dev.duet.webhooks;

import com.fasterxml.jackson.databind.JsonNode;
import dev.duet.testing.TestApp;
import dev.duet.testing.TestDatabase;
import dev.duet.web.Json;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.time.Duration;
import java.util.Collections;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static dev.duet.webhooks.WebhookSite.status;
import static org.assertj.core.api.Assertions.assertThat;

/** What receivers get, when, how often, and what the delivery log says about it. */
@ParameterizedClass
@EnumSource(TestDatabase.class)
class WebhookDeliveryIT {

    /** Retries within a fraction of a second, so six attempts fit in a test. */
    static final DeliverySchedule FAST = new DeliverySchedule(Collections.nCopies(5, Duration.ofMillis(150)), Duration.ofMillis(100));

    @Parameter
    TestDatabase database;

    TestApp app;
    Receiver receiver;
    WebhookSite site;

    @BeforeEach
    void start() {
        app = new TestApp(TestApp.Setup.on(database).allowingPrivateWebhookTargets().webhookSchedule(FAST));
        receiver = new Receiver();
        site = WebhookSite.newSpace(app.admin());
    }

    @AfterEach
    void stop() {
        app.close();
        receiver.close();
    }

    @Test
    void publishing_a_story_sends_a_signed_storyblok_style_payload_and_logs_it_as_delivered() {
        var created = site.webhook("Rebuild site", receiver.url("/hooks/rebuild"), List.of("story.published"));
        var secret = created.get("secret").asText();
        long webhookId = created.at("/webhook/id").asLong();
        long home = site.story("Home", "home");

        site.publish(home);

        var request = receiver.next();
        assertThat(request.method()).isEqualTo("POST");
        assertThat(request.path()).isEqualTo("/hooks/rebuild");
        assertThat(request.header("Content-Type")).isEqualTo("application/json");
        assertThat(request.text()).isEqualTo("{\"text\":\"The story home was published\",\"action\":\"published\","
                + "\"space_id\":" + site.spaceId + ",\"story_id\":" + home + ",\"full_slug\":\"home\"}");
        assertThat(request.header("webhook-signature")).isEqualTo(hmac("HmacSHA1", secret, request.body()));
        assertThat(request.header("X-Duet-Signature")).isEqualTo("sha256=" + hmac("HmacSHA256", secret, request.body()));
        assertThat(request.header("X-Duet-Event")).isEqualTo("story.published");
        var delivery = site.awaitDelivery(webhookId, status("delivered"));
        assertThat(request.header("X-Duet-Delivery")).isEqualTo(delivery.get("id").asText());
        assertThat(delivery.get("event").asText()).isEqualTo("story.published");
        assertThat(delivery.get("attempts").asInt()).isEqualTo(1);
        assertThat(delivery.get("last_status_code").asInt()).isEqualTo(200);
        assertThat(delivery.get("last_error").isNull()).isTrue();
        assertThat(delivery.get("delivered_at").asText()).isNotBlank();
        assertThat(delivery.get("payload")).isEqualTo(request.json());
    }

    @Test
    void each_event_reaches_only_the_webhooks_subscribed_to_it() {
        long onPublish = site.webhook("Publish", receiver.url("/publish"), List.of("story.published")).at("/webhook/id").asLong();
        site.webhook("Everything else", receiver.url("/rest"), List.of("story.unpublished", "story.moved", "story.deleted",
                "datasource.entries_updated"));
        long home = site.story("Home", "home");
        var blog = site.client.post(site.path("/stories"), Map.of("story", Map.of("name", "Blog", "is_folder", true)))
                .json().at("/story/id").asLong();

        site.publish(home);
        var published = receiver.next();
        site.unpublish(home);
        var unpublished = receiver.next();
        var version = site.client.get(site.path("/stories/" + home)).json().at("/story/version").asLong();
        assertThat(site.client.post(site.path("/stories/" + home + "/move"), Map.of("parent_id", blog, "version", version))
                .status()).isEqualTo(200);
        var moved = receiver.next();
        long colours = site.client.post(site.path("/datasources"), Map.of("datasource", Map.of("name", "Colours")))
                .json().at("/datasource/id").asLong();
        site.client.post(site.path("/datasources/" + colours + "/entries"),
                Map.of("datasource_entry", Map.of("name", "red", "value", "Red")));
        var entries = receiver.next();
        site.delete(home);
        var deleted = receiver.next();

        assertThat(published.path()).isEqualTo("/publish");
        assertThat(List.of(unpublished, moved, entries, deleted)).extracting(Receiver.Received::path).containsOnly("/rest");
        assertThat(List.of(unpublished, moved, entries, deleted)).extracting(request -> request.header("X-Duet-Event"))
                .containsExactly("story.unpublished", "story.moved", "datasource.entries_updated", "story.deleted");
        assertThat(unpublished.json().get("action").asText()).isEqualTo("unpublished");
        assertThat(moved.json()).isEqualTo(json(Map.of("text", "The story home was moved to blog/home", "action", "moved",
                "space_id", site.spaceId, "story_id", home, "full_slug", "blog/home")));
        assertThat(entries.json()).isEqualTo(json(Map.of("text", "The entries of the datasource colours were updated",
                "action", "entries_updated", "space_id", site.spaceId, "datasource_slug", "colours")));
        assertThat(deleted.json().get("full_slug").asText()).isEqualTo("blog/home");
        receiver.expectNothingFor(Duration.ofMillis(300));
        assertThat(site.deliveries(onPublish)).hasSize(1);
    }

    @Test
    void an_inactive_webhook_is_sent_nothing() {
        long webhookId = site.webhook("Paused", receiver.url("/hooks"), List.of("story.published")).at("/webhook/id").asLong();
        assertThat(site.client.put(site.webhooks("/" + webhookId), Map.of("webhook", Map.of("active", false))).status())
                .isEqualTo(200);

        site.publish(site.story("Home", "home"));

        receiver.expectNothingFor(Duration.ofMillis(500));
        assertThat(site.deliveries(webhookId)).isEmpty();
    }

    @Test
    void a_receiver_that_fails_once_gets_the_same_delivery_again_and_the_log_counts_both_attempts() {
        receiver.answering(500);
        long webhookId = site.webhook("Flaky", receiver.url("/hooks"), List.of("story.published")).at("/webhook/id").asLong();

        site.publish(site.story("Home", "home"));

        var first = receiver.next();
        var second = receiver.next();
        assertThat(second.header("X-Duet-Delivery")).isEqualTo(first.header("X-Duet-Delivery"));
        assertThat(second.body()).isEqualTo(first.body());
        var delivery = site.awaitDelivery(webhookId, status("delivered"));
        assertThat(delivery.get("attempts").asInt()).isEqualTo(2);
        assertThat(delivery.get("last_status_code").asInt()).isEqualTo(200);
        receiver.expectNothingFor(Duration.ofMillis(300));
    }

    @Test
    void a_receiver_that_never_answers_2xx_leaves_the_delivery_failed_after_the_last_attempt() {
        receiver.alwaysAnswering(500);
        long webhookId = site.webhook("Broken", receiver.url("/hooks"), List.of("story.published")).at("/webhook/id").asLong();

        site.publish(site.story("Home", "home"));

        var delivery = site.awaitDelivery(webhookId, status("failed"));
        assertThat(delivery.get("attempts").asInt()).isEqualTo(6);
        assertThat(delivery.get("last_status_code").asInt()).isEqualTo(500);
        assertThat(delivery.get("last_error").asText()).isEqualTo("the receiver answered HTTP 500 (gave up after 6 attempts)");
        assertThat(delivery.get("next_attempt_at").isNull()).isTrue();
        receiver.expectNothingFor(Duration.ofMillis(500));
        assertThat(receiver.all()).hasSize(6);
    }

    @Test
    void redirects_are_not_followed() {
        receiver.answering(302);
        long webhookId = site.webhook("Moved", receiver.url("/hooks"), List.of("story.published")).at("/webhook/id").asLong();

        site.publish(site.story("Home", "home"));

        var delivery = site.awaitDelivery(webhookId, status("delivered"));
        assertThat(delivery.get("attempts").asInt()).isEqualTo(2);
        assertThat(receiver.all()).extracting(Receiver.Received::path).containsExactly("/hooks", "/hooks");
    }

    @Test
    void a_test_sends_a_ping_at_once_and_answers_with_its_delivery() {
        var created = site.webhook("Deploy", receiver.url("/hooks"), List.of("datasource.entries_updated"));
        long webhookId = created.at("/webhook/id").asLong();

        var response = site.client.post(site.webhooks("/" + webhookId + "/test"), null);

        assertThat(response.status()).as(response.toString()).isEqualTo(201);
        var delivery = response.json().get("delivery");
        assertThat(delivery.get("event").asText()).isEqualTo("ping");
        assertThat(delivery.get("status").asText()).isEqualTo("delivered");
        assertThat(delivery.get("last_status_code").asInt()).isEqualTo(200);
        var request = receiver.next();
        assertThat(request.json().get("action").asText()).isEqualTo("ping");
        assertThat(request.json().get("space_id").asLong()).isEqualTo(site.spaceId);
        assertThat(request.header("X-Duet-Event")).isEqualTo("ping");
        assertThat(request.header("webhook-signature"))
                .isEqualTo(hmac("HmacSHA1", created.get("secret").asText(), request.body()));
    }

    @Test
    void the_delivery_log_lists_newest_first_in_pages() {
        long webhookId = site.webhook("Deploy", receiver.url("/hooks"), List.of("story.published")).at("/webhook/id").asLong();
        for (int i = 0; i < 3; i++) site.client.post(site.webhooks("/" + webhookId + "/test"), null);

        var first = site.client.get(site.webhooks("/" + webhookId + "/deliveries?per_page=2"));
        var second = site.client.get(site.webhooks("/" + webhookId + "/deliveries?per_page=2&page=2"));

        assertThat(first.header("total")).isEqualTo("3");
        var ids = new java.util.ArrayList<Long>();
        first.json().get("deliveries").forEach(delivery -> ids.add(delivery.get("id").asLong()));
        second.json().get("deliveries").forEach(delivery -> ids.add(delivery.get("id").asLong()));
        assertThat(ids).hasSize(3).isSortedAccordingTo(java.util.Comparator.reverseOrder());
    }

    @Test
    void deliveries_pending_when_duet_stops_are_sent_after_it_starts_again() {
        var setup = TestApp.Setup.on(database).allowingPrivateWebhookTargets()
                .webhookSchedule(new DeliverySchedule(List.of(Duration.ofSeconds(1)), Duration.ofMillis(100)));
        app.close();
        app = new TestApp(setup);
        site = WebhookSite.newSpace(app.admin());
        receiver.answering(503);
        long webhookId = site.webhook("Rebuild", receiver.url("/hooks"), List.of("story.published")).at("/webhook/id").asLong();
        site.publish(site.story("Home", "home"));
        var first = receiver.next();
        site.awaitDelivery(webhookId, delivery -> delivery.get("last_status_code").asInt() == 503);

        app.close();
        app = new TestApp(setup);

        var again = receiver.next();
        assertThat(again.header("X-Duet-Delivery")).isEqualTo(first.header("X-Duet-Delivery"));
        var delivery = site.as(app.admin()).awaitDelivery(webhookId, status("delivered"));
        assertThat(delivery.get("attempts").asInt()).isEqualTo(2);
        receiver.expectNothingFor(Duration.ofMillis(300));
    }

    @Test
    void two_nodes_on_one_database_never_send_the_same_attempt_twice() {
        // Several nodes share PostgreSQL; SQLite is the embedded, single-node database, where two nodes on one file
        // are not a supported deployment (and an attempt was seen to stall there under load).
        org.junit.jupiter.api.Assumptions.assumeTrue(database == dev.duet.testing.TestDatabase.POSTGRES,
                "several nodes run on PostgreSQL only");
        var setup = TestApp.Setup.on(database).allowingPrivateWebhookTargets().webhookSchedule(FAST);
        app.close();
        app = new TestApp(setup);
        var second = new TestApp(setup);
        try {
            site = WebhookSite.newSpace(app.admin());
            var webhookIds = new java.util.ArrayList<Long>();
            for (var path : List.of("/a", "/b", "/c")) {
                webhookIds.add(site.webhook(path, receiver.url(path), List.of("story.published")).at("/webhook/id").asLong());
            }
            receiver.answering(Collections.nCopies(15, 500));
            var onSecond = site.as(second.admin());
            for (int i = 0; i < 5; i++) (i % 2 == 0 ? site : onSecond).publish(site.story("Page " + i, "page-" + i));

            var logged = new java.util.ArrayList<JsonNode>();
            for (var webhookId : webhookIds) {
                site.awaitDelivery(webhookId, delivery -> site.deliveries(webhookId).size() == 5
                        && site.deliveries(webhookId).stream().allMatch(status("delivered")));
                logged.addAll(site.deliveries(webhookId));
            }
            receiver.expectNothingFor(Duration.ofMillis(300));

            var sent = receiver.all().stream().collect(Collectors.groupingBy(
                    request -> Long.parseLong(request.header("X-Duet-Delivery"))));
            assertThat(receiver.all()).hasSizeGreaterThanOrEqualTo(30);
            assertThat(logged).hasSize(15).allSatisfy(delivery -> {
                var requests = sent.get(delivery.get("id").asLong());
                assertThat(requests).as("requests for " + delivery).hasSize(delivery.get("attempts").asInt());
                for (int i = 1; i < requests.size(); i++) {
                    assertThat(Duration.between(requests.get(i - 1).at(), requests.get(i).at()))
                            .as("time between attempts of " + delivery).isGreaterThanOrEqualTo(Duration.ofMillis(100));
                }
            });
        } finally {
            second.close();
        }
    }

    /** The value as a receiver parses it from JSON. */
    private static JsonNode json(Object value) {
        return Json.tree(Json.write(value));
    }

    /** Computed here rather than with Duet's own code, as a receiver would. */
    private static String hmac(String algorithm, String secret, byte[] body) {
        try {
            var mac = Mac.getInstance(algorithm);
            mac.init(new SecretKeySpec(secret.getBytes(java.nio.charset.StandardCharsets.UTF_8), algorithm));
            return HexFormat.of().formatHex(mac.doFinal(body));
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
