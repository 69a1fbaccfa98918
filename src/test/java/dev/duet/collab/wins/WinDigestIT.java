package dev.duet.collab.wins;

import com.fasterxml.jackson.databind.JsonNode;
import dev.duet.access.Role;
import dev.duet.testing.Client;
import dev.duet.testing.MarketingSite;
import dev.duet.testing.TestApp;
import dev.duet.testing.TestClock;
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
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;

import static dev.duet.testing.MarketingSite.page;
import static org.assertj.core.api.Assertions.assertThat;

/** The weekly digest: as JSON and HTML for a given week, and sent to a subscribed receiver, signed, once a week. */
@ParameterizedClass
@EnumSource(TestDatabase.class)
class WinDigestIT {

    @Parameter
    TestDatabase database;

    TestClock clock;
    TestApp app;
    Client admin;
    DigestReceiver receiver;
    long spaceId;
    IsoWeek thisWeek;

    @BeforeEach
    void start() {
        clock = new TestClock();
        app = new TestApp(TestApp.Setup.on(database).allowingPrivateWebhookTargets()
                .env(Map.of("DUET_SCHEDULER_INTERVAL", "50ms", "DUET_SESSION_HOURS", "720")).clock(clock));
        admin = app.admin();
        receiver = new DigestReceiver();
        spaceId = MarketingSite.create(admin);
        thisWeek = IsoWeek.of(clock.instant());
    }

    @AfterEach
    void stop() {
        app.close();
        receiver.close();
    }

    @Test
    void the_digest_of_a_week_groups_its_wins_by_kind_with_reactions_and_top_kudos() {
        long winId = launch("Pricing <beta>");
        launch("About");
        app.as(Role.VIEWER).put("/api/wins/" + winId + "/reactions/tada", Map.of());
        app.as(Role.VIEWER).post("/api/wins/" + winId + "/kudos", Map.of("kudos", Map.of("text", "Finally live! <3")));

        var digest = app.as(Role.VIEWER).get("/api/wins/digest?week=" + thisWeek).json().get("digest");
        var before = admin.get("/api/wins/digest?week=" + thisWeek.previous()).json().get("digest");

        assertThat(digest.get("week").asText()).isEqualTo(thisWeek.toString());
        assertThat(digest.get("total").asInt()).isEqualTo(2);
        assertThat(digest.at("/groups/0/kind").asText()).isEqualTo("story.live");
        assertThat(digest.at("/groups/0/label").asText()).isEqualTo("New pages live");
        assertThat(digest.at("/groups/0/wins")).hasSize(2);
        assertThat(digest.at("/top_kudos/0/text").asText()).isEqualTo("Finally live! <3");
        assertThat(digest.at("/top_kudos/0/win_title").asText()).isEqualTo("“Pricing <beta>” is live");
        assertThat(digest.at("/makers/0/actor").asText()).isEqualTo(TestApp.ADMIN_EMAIL);
        assertThat(digest.at("/makers/0/wins").asInt()).isEqualTo(2);
        assertThat(before.get("total").asInt()).isZero();
        assertThat(before.get("groups")).isEmpty();
    }

    @Test
    void the_digest_defaults_to_the_last_complete_week_and_reads_as_an_html_page() {
        launch("Pricing <beta>");
        clock.advance(Duration.ofDays(7));

        var json = admin.get("/api/wins/digest").json().get("digest");
        var html = admin.get("/api/wins/digest?format=html");
        var byAccept = app.admin().header("Accept", "text/html").get("/api/wins/digest?week=" + thisWeek);

        assertThat(json.get("week").asText()).isEqualTo(thisWeek.toString());
        assertThat(json.get("total").asInt()).isEqualTo(1);
        assertThat(html.status()).isEqualTo(200);
        assertThat(html.header("Content-Type")).startsWith("text/html");
        assertThat(html.header("Content-Security-Policy")).contains("default-src 'none'");
        assertThat(html.text()).contains("This week's wins", thisWeek.toString(), "New pages live",
                "“Pricing &lt;beta&gt;” is live", "/admin/spaces/" + spaceId + "/stories/").doesNotContain("<beta>");
        assertThat(byAccept.text()).startsWith("<!DOCTYPE html>");
    }

    @Test
    void a_malformed_week_or_format_is_refused_naming_it() {
        var badWeek = admin.get("/api/wins/digest?week=2026-W99");
        var words = admin.get("/api/wins/digest?week=last");
        var badFormat = admin.get("/api/wins/digest?format=pdf");

        assertThat(badWeek.status()).isEqualTo(400);
        assertThat(badWeek.json().at("/details/0/path").asText()).isEqualTo("week");
        assertThat(words.status()).isEqualTo(400);
        assertThat(badFormat.status()).isEqualTo(400);
        assertThat(badFormat.json().at("/details/0/path").asText()).isEqualTo("format");
    }

    @Test
    void sending_now_delivers_the_digest_signed_with_the_secret_shown_once() throws Exception {
        launch("Pricing");
        var saved = admin.put("/api/wins/digest/subscription", subscription(receiver.url("/digest"), 1, 9));
        assertThat(saved.status()).as(saved.toString()).isEqualTo(201);
        var secret = saved.json().get("secret").asText();
        assertThat(secret).hasSizeGreaterThan(20);
        var read = admin.get("/api/wins/digest/subscription").json().get("subscription");
        assertThat(read.has("secret")).isFalse();
        assertThat(read.get("secret_hint").asText()).isEqualTo("…" + secret.substring(secret.length() - 4));

        var sent = admin.post("/api/wins/digest/subscription/test?week=" + thisWeek, Map.of());

        assertThat(sent.status()).as(sent.toString()).isEqualTo(200);
        assertThat(sent.json().at("/delivery/outcome").asText()).isEqualTo("delivered");
        assertThat(sent.json().at("/delivery/status_code").asInt()).isEqualTo(200);
        var received = receiver.await(1, Duration.ofSeconds(5));
        assertThat(received).hasSize(1);
        var request = received.getFirst();
        assertThat(request.header("X-Duet-Event")).isEqualTo("wins.digest");
        assertThat(request.header("X-Duet-Signature")).isEqualTo("sha256=" + hmac(secret, request.body()));
        var body = Json.tree(request.text());
        assertThat(body.get("week").asText()).isEqualTo(thisWeek.toString());
        assertThat(body.get("test").asBoolean()).isTrue();
        assertThat(body.at("/digest/total").asInt()).isEqualTo(1);
        assertThat(body.get("html").asText()).contains("“Pricing” is live");
        var log = admin.get("/api/wins/digest/deliveries");
        assertThat(log.header("total")).isEqualTo("1");
        assertThat(log.json().at("/deliveries/0/cause").asText()).isEqualTo("test");
    }

    @Test
    void the_weekly_job_sends_the_week_that_ended_once_at_its_slot_and_not_again() throws Exception {
        launch("Pricing");
        var now = clock.instant().atZone(java.time.ZoneOffset.UTC);
        // the slot is an hour from now on this weekday: the first digest goes out a week later, at that hour
        var slot = now.plusHours(1).truncatedTo(ChronoUnit.HOURS);
        var saved = admin.put("/api/wins/digest/subscription",
                subscription(receiver.url("/weekly"), slot.getDayOfWeek().getValue(), slot.getHour()));
        assertThat(saved.status()).as(saved.toString()).isEqualTo(201);
        Thread.sleep(300);
        assertThat(receiver.received()).as("nothing before the slot").isEmpty();

        clock.advance(Duration.between(now, slot.plusWeeks(1)).plusMinutes(1));

        var received = receiver.await(1, Duration.ofSeconds(10));
        assertThat(received).hasSize(1);
        var body = Json.tree(received.getFirst().text());
        assertThat(body.get("test").asBoolean()).isFalse();
        assertThat(body.get("week").asText()).isEqualTo(IsoWeek.lastComplete(clock.instant()).toString());
        Thread.sleep(500);
        assertThat(receiver.received()).as("one digest per week, however often the job polls").hasSize(1);
        var read = admin.get("/api/wins/digest/subscription").json().get("subscription");
        assertThat(read.get("sent_week").asText()).isEqualTo(body.get("week").asText());
        assertThat(admin.get("/api/wins/digest/deliveries").json().at("/deliveries/0/cause").asText()).isEqualTo("scheduled");
    }

    @Test
    void only_space_managers_set_up_the_digest_and_bad_settings_change_nothing() {
        var url = receiver.url("/digest");

        var asEditor = app.as(Role.EDITOR).put("/api/wins/digest/subscription", subscription(url, 1, 9));
        var asViewer = app.as(Role.VIEWER).get("/api/wins/digest/subscription");
        var noUrl = admin.put("/api/wins/digest/subscription", Map.of("subscription", Map.of("weekday", 1)));
        var ftp = admin.put("/api/wins/digest/subscription", subscription("ftp://example.com/x", 1, 9));
        var badDay = admin.put("/api/wins/digest/subscription", subscription(url, 8, 24));
        var none = admin.get("/api/wins/digest/subscription");
        var sendNone = admin.post("/api/wins/digest/subscription/test", Map.of());

        assertThat(asEditor.status()).isEqualTo(403);
        assertThat(asViewer.status()).isEqualTo(403);
        assertThat(noUrl.status()).isEqualTo(400);
        assertThat(noUrl.json().at("/details/0/path").asText()).isEqualTo("url");
        assertThat(ftp.status()).isEqualTo(400);
        assertThat(badDay.status()).isEqualTo(400);
        assertThat(badDay.json().get("details")).extracting(d -> d.get("path").asText()).containsExactly("weekday", "hour");
        assertThat(none.status()).isEqualTo(200);
        assertThat(none.json().get("subscription").isNull()).as("none set up").isTrue();
        assertThat(sendNone.status()).isEqualTo(404);
        assertThat(receiver.received()).isEmpty();
        var developer = app.as(Role.DEVELOPER);
        assertThat(developer.put("/api/wins/digest/subscription", subscription(url, 5, 16)).status()).isEqualTo(201);
        var changed = developer.put("/api/wins/digest/subscription", subscription(url, 1, 8));
        assertThat(changed.status()).isEqualTo(200);
        assertThat(changed.json().has("secret")).as("the secret is shown once, when made").isFalse();
        assertThat(developer.delete("/api/wins/digest/subscription").status()).isEqualTo(204);
        assertThat(admin.get("/api/wins/digest/subscription").json().get("subscription").isNull()).isTrue();
    }

    @Test
    void a_digest_to_an_internal_address_is_refused_unless_private_targets_are_allowed() {
        try (var strict = new TestApp(TestApp.Setup.on(database))) {
            var refused = strict.admin().put("/api/wins/digest/subscription", subscription("http://127.0.0.1:9/digest", 1, 9));

            assertThat(refused.status()).isEqualTo(400);
            assertThat(refused.json().get("error").asText()).contains("127.0.0.1");
            assertThat(strict.admin().get("/api/wins/digest/subscription").json().get("subscription").isNull()).isTrue();
        }
    }

    private long launch(String name) {
        var created = admin.post("/api/spaces/" + spaceId + "/stories", Map.of("story", Map.of("name", name, "content", page(name))));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        long storyId = created.json().at("/story/id").asLong();
        var published = admin.post("/api/spaces/" + spaceId + "/stories/" + storyId + "/publish", Map.of("version", 1));
        assertThat(published.status()).as(published.toString()).isEqualTo(200);
        JsonNode wins = admin.get("/api/wins?per_page=1").json().get("wins");
        return wins.get(0).get("id").asLong();
    }

    private static Map<String, Object> subscription(String url, int weekday, int hour) {
        var settings = new HashMap<String, Object>();
        settings.put("url", url);
        settings.put("weekday", weekday);
        settings.put("hour", hour);
        return Map.of("subscription", settings);
    }

    private static String hmac(String secret, byte[] body) throws Exception {
        var mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        return HexFormat.of().formatHex(mac.doFinal(body));
    }
}
