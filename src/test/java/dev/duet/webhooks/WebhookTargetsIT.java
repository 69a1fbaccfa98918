package dev.duet.webhooks;

import dev.duet.testing.TestApp;
import dev.duet.testing.TestDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import static dev.duet.webhooks.WebhookSite.status;
import static org.assertj.core.api.Assertions.assertThat;

/** Webhooks stay off loopback and private networks unless configuration allows them (SSRF). */
@ParameterizedClass
@EnumSource(TestDatabase.class)
class WebhookTargetsIT {

    @Parameter
    TestDatabase database;

    TestApp app;
    Receiver receiver;
    WebhookSite site;

    @BeforeEach
    void start() {
        app = new TestApp(TestApp.Setup.on(database));
        receiver = new Receiver();
        site = WebhookSite.newSpace(app.admin());
    }

    @AfterEach
    void stop() {
        app.close();
        receiver.close();
    }

    private Map<String, Object> to(String url) {
        return Map.of("name", "Rebuild site", "url", url, "events", List.of("story.published"));
    }

    @Test
    void internal_targets_are_refused_naming_url_and_nothing_is_stored() {
        var refused = Map.of(
                receiver.url("/hooks"), "127.0.0.1 is a loopback address",
                "http://localhost:8080/hooks", "localhost resolves to",
                "http://[::1]/hooks", "[::1] is a loopback address",
                "http://10.0.0.8/hooks", "10.0.0.8 is a private address",
                "https://192.168.1.10/hooks", "192.168.1.10 is a private address",
                "http://172.20.0.2:3000/hooks", "172.20.0.2 is a private address",
                "http://169.254.169.254/latest/meta-data/", "169.254.169.254 is a link-local address",
                "http://100.100.100.200/hooks", "100.100.100.200 is a carrier-grade NAT address",
                "http://0.0.0.0/hooks", "0.0.0.0 is an unspecified address",
                "http://[fd00::1]/hooks", "[fd00::1] is a private address");

        refused.forEach((url, reason) -> {
            var response = site.create(to(url));
            assertThat(response.status()).as(url + " " + response).isEqualTo(400);
            assertThat(response.json().at("/details/0/path").asText()).isEqualTo("url");
            assertThat(response.json().at("/details/0/message").asText()).as(url).startsWith(reason)
                    .contains("DUET_WEBHOOK_ALLOW_PRIVATE_TARGETS");
        });
        assertThat(site.client.get(site.webhooks("")).json().get("webhooks")).isEmpty();
    }

    @Test
    void a_change_to_an_internal_target_is_refused_and_the_webhook_kept() {
        var created = site.create(to("https://93.184.215.14/hooks")).json().get("webhook");

        var response = site.client.put(site.webhooks("/" + created.get("id").asLong()),
                Map.of("webhook", Map.of("url", "http://127.0.0.1:9/hooks")));

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().at("/details/0/path").asText()).isEqualTo("url");
        assertThat(site.client.get(site.webhooks("/" + created.get("id").asLong())).json().get("webhook")).isEqualTo(created);
    }

    @Test
    void public_targets_are_accepted() {
        var response = site.create(to("https://93.184.215.14/hooks"));

        assertThat(response.status()).as(response.toString()).isEqualTo(201);
    }

    @Test
    void internal_targets_are_accepted_when_configuration_allows_them() {
        var setup = TestApp.Setup.on(database).env(Map.of("DUET_WEBHOOK_ALLOW_PRIVATE_TARGETS", "true"));
        try (var allowing = new TestApp(setup)) {
            var local = WebhookSite.newSpace(allowing.admin());

            assertThat(local.create(to(receiver.url("/hooks"))).status()).isEqualTo(201);
            assertThat(local.create(to("http://localhost:8080/hooks")).status()).isEqualTo(201);
            assertThat(local.create(to("http://10.0.0.8/hooks")).status()).isEqualTo(201);
        }
    }

    @Test
    void a_target_that_is_internal_when_sending_fails_without_being_contacted() {
        var allowing = TestApp.Setup.on(database).allowingPrivateWebhookTargets().webhookSchedule(WebhookDeliveryIT.FAST);
        var first = new TestApp(allowing);
        var local = WebhookSite.newSpace(first.admin());
        long webhookId = local.webhook("Rebuild", receiver.url("/hooks"), List.of("story.published")).at("/webhook/id").asLong();
        first.close();
        app.close();
        // the same database, restarted with private targets refused: the webhook saved before now points inside
        app = new TestApp(new TestApp.Setup(allowing.databaseUrl(), Map.of(), false, WebhookDeliveryIT.FAST));
        local = local.as(app.admin());

        local.publish(local.story("Home", "home"));

        var delivery = local.awaitDelivery(webhookId, status("failed"));
        assertThat(delivery.get("attempts").asInt()).isEqualTo(1);
        assertThat(delivery.get("last_status_code").isNull()).isTrue();
        assertThat(delivery.get("last_error").asText()).startsWith("127.0.0.1 is a loopback address");
        receiver.expectNothingFor(Duration.ofMillis(300));
        assertThat(receiver.all()).isEmpty();
    }
}
