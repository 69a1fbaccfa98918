package dev.duet.webhooks;

import dev.duet.access.Role;
import dev.duet.testing.Client;
import dev.duet.testing.TestApp;
import dev.duet.testing.TestDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Setting webhooks up: the secret shown once, changes, validation, and who may do it. */
@ParameterizedClass
@EnumSource(TestDatabase.class)
class WebhooksIT {

    @Parameter
    TestDatabase database;

    TestApp app;
    Receiver receiver;
    WebhookSite site;

    @BeforeEach
    void start() {
        app = new TestApp(TestApp.Setup.on(database).allowingPrivateWebhookTargets());
        receiver = new Receiver();
        site = WebhookSite.newSpace(app.admin());
    }

    @AfterEach
    void stop() {
        app.close();
        receiver.close();
    }

    private Map<String, Object> settings(Object... fields) {
        var settings = new HashMap<String, Object>(Map.of("name", "Rebuild site", "url", receiver.url("/hooks"),
                "events", List.of("story.published")));
        for (int i = 0; i < fields.length; i += 2) settings.put((String) fields[i], fields[i + 1]);
        return settings;
    }

    @Test
    void a_new_webhook_shows_its_secret_once_and_afterwards_only_a_hint() {
        var secret = "a-long-shared-secret-1234";
        var created = site.create(settings("secret", secret));
        long id = created.json().at("/webhook/id").asLong();

        var one = site.client.get(site.webhooks("/" + id));
        var list = site.client.get(site.webhooks(""));

        assertThat(created.status()).isEqualTo(201);
        assertThat(created.json().get("secret").asText()).isEqualTo(secret);
        assertThat(created.json().at("/webhook/secret_hint").asText()).isEqualTo("****1234");
        assertThat(created.json().at("/webhook/active").asBoolean()).isTrue();
        assertThat(created.json().at("/webhook/events/0").asText()).isEqualTo("story.published");
        assertThat(one.json().at("/webhook/secret_hint").asText()).isEqualTo("****1234");
        assertThat(list.json().get("webhooks")).hasSize(1);
        assertThat(list.header("total")).isEqualTo("1");
        assertThat(one.text()).doesNotContain(secret);
        assertThat(list.text()).doesNotContain(secret);
        assertThat(list.json().at("/webhooks/0").has("secret")).isFalse();
    }

    @Test
    void a_secret_is_generated_when_none_is_given() {
        var first = site.create(settings()).json().get("secret").asText();
        var second = site.create(settings()).json().get("secret").asText();

        assertThat(first).startsWith("whsec_").hasSizeGreaterThan(40).isNotEqualTo(second);
        assertThat(site.client.get(site.webhooks("")).text()).doesNotContain(first).doesNotContain(second);
    }

    @Test
    void a_webhook_can_be_changed_field_by_field_and_deleted_with_its_log() {
        long id = site.create(settings()).json().at("/webhook/id").asLong();
        site.client.post(site.webhooks("/" + id + "/test"), null);

        var changed = site.client.put(site.webhooks("/" + id), Map.of("webhook", Map.of("name", "Search index",
                "events", List.of("story.unpublished", "story.deleted"), "active", false)));
        var deleted = site.client.delete(site.webhooks("/" + id));

        assertThat(changed.status()).as(changed.toString()).isEqualTo(200);
        assertThat(changed.json().at("/webhook/name").asText()).isEqualTo("Search index");
        assertThat(changed.json().at("/webhook/url").asText()).isEqualTo(receiver.url("/hooks"));
        assertThat(changed.json().at("/webhook/events").toString()).isEqualTo("[\"story.unpublished\",\"story.deleted\"]");
        assertThat(changed.json().at("/webhook/active").asBoolean()).isFalse();
        assertThat(deleted.status()).isEqualTo(204);
        assertThat(site.client.get(site.webhooks("/" + id)).status()).isEqualTo(404);
        assertThat(site.client.get(site.webhooks("/" + id + "/deliveries")).status()).isEqualTo(404);
        assertThat(site.client.get(site.webhooks("")).json().get("webhooks")).isEmpty();
    }

    @Test
    void a_new_secret_signs_from_then_on_and_is_not_shown() {
        long id = site.create(settings()).json().at("/webhook/id").asLong();

        var changed = site.client.put(site.webhooks("/" + id), Map.of("webhook", Map.of("secret", "rotated-secret-00009876")));
        site.client.post(site.webhooks("/" + id + "/test"), null);

        assertThat(changed.json().at("/webhook/secret_hint").asText()).isEqualTo("****9876");
        assertThat(changed.text()).doesNotContain("rotated-secret");
        var ping = receiver.next();
        assertThat(ping.header("webhook-signature")).isEqualTo(Signatures.sha1("rotated-secret-00009876", ping.body()));
    }

    @Test
    void unknown_events_are_refused_naming_each_one_and_nothing_is_stored() {
        var response = site.create(settings("events", List.of("story.published", "story.created", "asset.deleted")));

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().get("details")).hasSize(2);
        assertThat(response.json().at("/details/0/path").asText()).isEqualTo("events[1]");
        assertThat(response.json().at("/details/0/message").asText()).startsWith("unknown event story.created; choose from "
                + "story.published, story.unpublished, story.deleted, story.moved, datasource.entries_updated, "
                + "stage.changed, release.merged, discussion.created");
        assertThat(response.json().at("/details/1/path").asText()).isEqualTo("events[2]");
        assertThat(site.client.get(site.webhooks("")).json().get("webhooks")).isEmpty();
    }

    @Test
    void bad_settings_are_refused_naming_the_field_and_nothing_is_stored() {
        var bad = List.of(
                Map.entry(settings("url", "ftp://example.com/hook"), "url"),
                Map.entry(settings("url", "/relative/hook"), "url"),
                Map.entry(settings("url", "http://exa mple.com/"), "url"),
                Map.entry(settings("url", "https://user:pass@example.com/hook"), "url"),
                Map.entry(settings("url", ""), "url"),
                Map.entry(settings("events", List.of()), "events"),
                Map.entry(settings("events", List.of("story.published", "story.published")), "events[1]"),
                Map.entry(settings("name", " "), "name"),
                Map.entry(settings("secret", "short"), "secret"),
                Map.entry(settings("url", "http://does-not-exist.invalid/hook"), "url"));

        for (var entry : bad) {
            var response = site.create(entry.getKey());
            assertThat(response.status()).as(entry.getKey() + " " + response).isEqualTo(400);
            assertThat(response.json().at("/details/0/path").asText()).as(response.toString()).isEqualTo(entry.getValue());
        }
        assertThat(site.client.post(site.webhooks(""), "{\"webhook\": {\"name\": 7, \"events\": \"story.published\"}").status())
                .isEqualTo(400);
        assertThat(site.client.post(site.webhooks(""), "{\"webhook\": null}").status()).isEqualTo(400);
        assertThat(site.client.post(site.webhooks(""), "not json").status()).isEqualTo(400);
        assertThat(site.client.get(site.webhooks("")).json().get("webhooks")).isEmpty();
    }

    @Test
    void a_refused_change_leaves_the_webhook_as_it_was() {
        var created = site.create(settings()).json().get("webhook");
        long id = created.get("id").asLong();

        var response = site.client.put(site.webhooks("/" + id), Map.of("webhook", Map.of("name", "Renamed",
                "events", List.of("story.published", "page.viewed"))));

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().at("/details/0/path").asText()).isEqualTo("events[1]");
        assertThat(site.client.get(site.webhooks("/" + id)).json().get("webhook")).isEqualTo(created);
    }

    @Test
    void unknown_webhooks_and_spaces_are_not_found_and_ids_must_be_numbers() {
        long id = site.create(settings()).json().at("/webhook/id").asLong();
        var other = WebhookSite.newSpace(site.client);

        assertThat(other.client.get(other.webhooks("/" + id)).status()).isEqualTo(404);
        assertThat(other.client.put(other.webhooks("/" + id), Map.of("webhook", Map.of("name", "Mine now"))).status()).isEqualTo(404);
        assertThat(other.client.delete(other.webhooks("/" + id)).status()).isEqualTo(404);
        assertThat(other.client.post(other.webhooks("/" + id + "/test"), null).status()).isEqualTo(404);
        assertThat(other.client.get(other.webhooks("/" + id + "/deliveries")).status()).isEqualTo(404);
        assertThat(site.client.get("/api/spaces/999999/webhooks").status()).isEqualTo(404);
        assertThat(site.client.post("/api/spaces/999999/webhooks", Map.of("webhook", settings())).status()).isEqualTo(404);
        var notNumeric = site.client.get(site.webhooks("/abc"));
        assertThat(notNumeric.status()).isEqualTo(400);
        assertThat(notNumeric.json().at("/details/0/path").asText()).isEqualTo("webhook_id");
        assertThat(site.client.get(site.webhooks("/" + id)).json().at("/webhook/name").asText()).isEqualTo("Rebuild site");
    }

    @Test
    void only_those_who_manage_the_space_may_see_or_change_its_webhooks() {
        long id = site.create(settings()).json().at("/webhook/id").asLong();
        var before = site.client.get(site.webhooks("/" + id)).json();

        for (var role : List.of(Role.EDITOR, Role.APPROVER, Role.VIEWER)) {
            var caller = site.as(app.as(role));
            assertThat(List.of(
                    caller.client.get(caller.webhooks("")),
                    caller.create(settings()),
                    caller.client.get(caller.webhooks("/" + id)),
                    caller.client.put(caller.webhooks("/" + id), Map.of("webhook", Map.of("active", false))),
                    caller.client.post(caller.webhooks("/" + id + "/test"), null),
                    caller.client.get(caller.webhooks("/" + id + "/deliveries")),
                    caller.client.delete(caller.webhooks("/" + id))))
                    .as(role.id()).allSatisfy(response -> assertThat(response.status()).isEqualTo(403));
        }
        var anonymous = site.as(app.anonymous());
        assertThat(anonymous.client.get(anonymous.webhooks("")).status()).isEqualTo(401);

        var developer = site.as(app.as(Role.DEVELOPER));
        assertThat(developer.client.get(developer.webhooks("")).status()).isEqualTo(200);
        assertThat(developer.create(settings()).status()).isEqualTo(201);
        assertThat(site.client.get(site.webhooks("/" + id)).json()).isEqualTo(before);
        assertThat(site.deliveries(id)).isEmpty();
        assertThat(receiver.all()).isEmpty();
    }

    @Test
    void a_management_token_needs_the_space_manage_scope() {
        var token = site.client.post("/api/tokens", Map.of("name", "CI", "scopes", List.of("content:read", "story:write")));
        assertThat(token.status()).as(token.toString()).isEqualTo(201);
        var ci = site.as(new Client(app.base()).bearer(token.json().get("secret").asText()));

        var response = ci.create(settings());

        assertThat(response.status()).isEqualTo(403);
        assertThat(response.json().get("error").asText()).contains("space:manage");
        assertThat(site.client.get(site.webhooks("")).json().get("webhooks")).isEmpty();
    }
}
