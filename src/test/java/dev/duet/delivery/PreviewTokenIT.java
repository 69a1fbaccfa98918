package dev.duet.delivery;

import dev.duet.access.Role;
import dev.duet.testing.Client;
import dev.duet.testing.Response;
import dev.duet.testing.TestApp;
import dev.duet.testing.TestClock;
import dev.duet.testing.TestDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Signed preview tokens: what the visual editor puts into the preview URL. Any role that may read content obtains
 * one (the viewer, the least of them, is tested); the delivery API reads drafts with it like with the space's preview token until it expires, and refuses it
 * once expired or changed with its usual 401.
 */
@ParameterizedClass
@EnumSource(TestDatabase.class)
class PreviewTokenIT {

    @Parameter
    TestDatabase database;

    private TestClock clock;
    private TestApp app;
    private AcmeSite site;
    private CdnCalls cdn;

    @BeforeEach
    void start() {
        clock = new TestClock();
        app = new TestApp(TestApp.Setup.on(database).clock(clock));
        site = AcmeSite.create(app);
        cdn = new CdnCalls(app, site);
    }

    @AfterEach
    void stop() {
        app.close();
    }

    private Response issue(Client caller, long spaceId) {
        return caller.post("/api/spaces/" + spaceId + "/preview_token", null);
    }

    private String token(long spaceId) {
        return AcmeSite.ok(issue(site.admin, spaceId), 200).get("token").asText();
    }

    @Test
    void a_viewer_obtains_a_token_that_reads_drafts_and_unpublished_stories_for_an_hour() {
        var issued = issue(app.as(Role.VIEWER), site.spaceId);

        assertThat(issued.status()).as(issued.toString()).isEqualTo(200);
        assertThat(issued.header("Cache-Control")).isEqualTo("no-store");
        var token = issued.json().get("token").asText();
        var expiresAt = Instant.parse(issued.json().get("expires_at").asText());
        assertThat(expiresAt).isBetween(clock.instant().plus(Duration.ofMinutes(59)), clock.instant().plus(Duration.ofMinutes(61)));
        var unpublished = cdn.withToken("stories/landing-pages/enterprise?version=draft", token);
        assertThat(unpublished.status()).as(unpublished.toString()).isEqualTo(200);
        assertThat(unpublished.json().at("/story/name").asText()).isEqualTo("Enterprise");
        assertThat(unpublished.json().at("/story/content/_editable").asText()).startsWith("<!--#storyblok#{\"name\": \"landing_page\"");
        assertThat(cdn.withToken("stories?version=draft&starts_with=landing-pages/", token).json().get("stories")).hasSize(4);
    }

    @Test
    void the_token_reads_published_content_too_the_second_time_from_memory() {
        var token = token(site.spaceId);
        assertThat(cdn.withToken("stories/home", token).status()).isEqualTo(200);
        long fastBefore = app.wiring.delivery.fastAnswers();

        var again = cdn.withToken("stories/home", token);

        assertThat(again.status()).isEqualTo(200);
        assertThat(again.json().at("/story/full_slug").asText()).isEqualTo("home");
        assertThat(app.wiring.delivery.fastAnswers()).isEqualTo(fastBefore + 1);
    }

    @Test
    void a_management_token_needs_the_content_read_scope_for_one() {
        var schemaOnly = AcmeSite.ok(site.admin.post("/api/tokens", Map.of("name", "schema CI", "scopes", List.of("schema:write"))), 201);
        var reader = AcmeSite.ok(site.admin.post("/api/tokens", Map.of("name", "reader", "scopes", List.of("content:read"))), 201);

        var refused = issue(app.anonymous().bearer(schemaOnly.get("secret").asText()), site.spaceId);
        var granted = issue(app.anonymous().bearer(reader.get("secret").asText()), site.spaceId);

        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.json().get("error").asText()).contains("content:read");
        assertThat(refused.json().has("token")).isFalse();
        assertThat(granted.status()).isEqualTo(200);
        assertThat(cdn.withToken("stories/home?version=draft", granted.json().get("token").asText()).status()).isEqualTo(200);
    }

    @Test
    void callers_who_are_not_signed_in_or_skip_the_csrf_header_get_no_token() {
        var anonymous = issue(app.anonymous(), site.spaceId);
        var withoutCsrf = issue(app.as(Role.EDITOR).withoutHeader("X-CSRF-Token"), site.spaceId);

        assertThat(anonymous.status()).isEqualTo(401);
        assertThat(anonymous.json().has("token")).isFalse();
        assertThat(anonymous.json().get("error").asText()).isNotBlank();
        assertThat(withoutCsrf.status()).isEqualTo(403);
        assertThat(withoutCsrf.json().has("token")).isFalse();
    }

    @Test
    void an_unknown_space_is_not_found_and_a_malformed_id_is_bad_input() {
        var unknown = issue(site.admin, 999_999);
        var malformed = site.admin.post("/api/spaces/home/preview_token", null);

        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.json().get("error").asText()).contains("space 999999");
        assertThat(malformed.status()).isEqualTo(400);
        assertThat(malformed.json().at("/details/0/path").asText()).isEqualTo("space_id");
    }

    @Test
    void a_space_without_a_preview_delivery_token_cannot_sign_one() {
        for (var listed : site.admin.get(site.path("/delivery_tokens")).json().get("tokens")) {
            if (listed.get("access").asText().equals("preview")) {
                assertThat(site.admin.delete(site.path("/delivery_tokens/" + listed.get("token").asText())).status()).isEqualTo(204);
            }
        }

        var refused = issue(site.admin, site.spaceId);

        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.json().get("error").asText()).contains("no preview delivery token", "delivery_tokens");
    }

    @Test
    void an_expired_token_gets_the_delivery_apis_401_on_drafts_and_published_reads() {
        var token = token(site.spaceId);
        clock.advance(PreviewTokens.LIFETIME.minusMinutes(1));
        assertThat(cdn.withToken("stories/home?version=draft", token).status()).isEqualTo(200);
        assertThat(cdn.withToken("stories/home", token).status()).isEqualTo(200);

        clock.advance(Duration.ofMinutes(1));

        for (var path : List.of("stories/home?version=draft", "stories/home", "stories?version=draft", "links")) {
            var refused = cdn.withToken(path, token);
            assertThat(refused.status()).as(path).isEqualTo(401);
            assertThat(refused.header("Content-Type")).as(path).startsWith("application/json");
            assertThat(refused.json().get("error").asText()).as(path).startsWith("Unauthorized");
        }
        assertThat(cdn.withToken("stories/home?version=draft", token(site.spaceId)).status()).isEqualTo(200);
    }

    @Test
    void a_token_with_a_changed_expiry_or_signature_is_refused() {
        var token = token(site.spaceId);
        var parts = token.split("\\.");
        var laterExpiry = parts[0] + "." + parts[1] + "." + (Long.parseLong(parts[2]) + 86_400) + "." + parts[3];
        var signature = parts[3];
        var otherSignature = token.replace(signature, (signature.charAt(0) == 'A' ? "B" : "A") + signature.substring(1));

        for (var tampered : List.of(laterExpiry, otherSignature, token.substring(0, token.length() - 2), token + "A")) {
            var refused = cdn.withToken("stories/home?version=draft", tampered);
            assertThat(refused.status()).as(tampered).isEqualTo(401);
            assertThat(refused.json().get("error").asText()).as(tampered).startsWith("Unauthorized");
            assertThat(cdn.withToken("stories/home", tampered).status()).as(tampered).isEqualTo(401);
        }
    }

    @Test
    void a_token_reads_only_the_space_it_was_signed_for() {
        var other = AcmeSite.ok(site.admin.post("/api/spaces", Map.of("name", "Other site")), 201);
        long otherId = other.at("/space/id").asLong();
        var token = token(site.spaceId);
        var relabelled = token.replaceFirst("^dp1\\." + site.spaceId + "\\.", "dp1." + otherId + ".");

        assertThat(relabelled).isNotEqualTo(token);
        assertThat(cdn.withToken("stories?version=draft", relabelled).status()).isEqualTo(401);
        var otherToken = token(otherId);
        assertThat(cdn.withToken("stories/home?version=draft", otherToken).status()).isEqualTo(404);
        assertThat(cdn.withToken("stories?version=draft", otherToken).json().get("stories")).isEmpty();
    }

    @Test
    void a_valid_token_is_checked_in_memory_and_one_signed_with_a_deleted_preview_token_stops_working() {
        var tokens = new DeliveryTokens(app.wiring.database, Duration.ofHours(1), clock);
        var token = token(site.spaceId);
        assertThat(tokens.resolve(token)).contains(new Access(site.spaceId, true));
        assertThat(tokens.cached(token)).as("known without a database read").isEqualTo(new Access(site.spaceId, true));
        var rereading = new DeliveryTokens(app.wiring.database, Duration.ZERO, clock);
        assertThat(rereading.resolve(token)).isPresent();

        assertThat(site.admin.delete(site.path("/delivery_tokens/" + site.previewToken)).status()).isEqualTo(204);

        assertThat(rereading.resolve(token)).isEmpty();
        assertThat(rereading.cached(token)).isNull();
        clock.advance(PreviewTokens.LIFETIME);
        assertThat(tokens.cached(token)).as("expired, though its key is still in memory").isNull();
    }

    @Test
    void a_token_of_a_space_made_a_moment_ago_works_at_once() {
        var created = AcmeSite.ok(site.admin.post("/api/spaces", Map.of("name", "Brand new")), 201);
        long spaceId = created.at("/space/id").asLong();
        assertThat(cdn.withToken("stories?version=draft", token(site.spaceId)).status()).isEqualTo(200);

        var fresh = cdn.withToken("stories?version=draft", token(spaceId));

        assertThat(fresh.status()).as(fresh.toString()).isEqualTo(200);
        assertThat(fresh.json().get("stories")).isEmpty();
    }
}
