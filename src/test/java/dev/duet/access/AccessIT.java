package dev.duet.access;

import dev.duet.testing.OnBothDatabases;
import dev.duet.testing.Client;
import dev.duet.testing.TestApp;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class AccessIT extends OnBothDatabases {

    @Test
    void signing_in_returns_the_user_and_a_csrf_token_and_sets_an_http_only_strict_cookie() {
        var response = app.anonymous().post("/api/auth/login", Map.of("email", "ADMIN@example.com", "password", TestApp.PASSWORD));

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.json().at("/user/email").asText()).isEqualTo(TestApp.ADMIN_EMAIL);
        assertThat(response.json().at("/user/password_hash").isMissingNode()).isTrue();
        assertThat(response.json().get("csrf_token").asText()).hasSizeGreaterThan(20);
        assertThat(response.header("Set-Cookie")).contains("duet_session=", "HttpOnly", "SameSite=Strict");
    }

    @Test
    void a_wrong_password_is_refused_with_a_json_401() {
        var response = app.anonymous().post("/api/auth/login", Map.of("email", TestApp.ADMIN_EMAIL, "password", "wrong password"));

        assertThat(response.status()).isEqualTo(401);
        assertThat(response.json().get("error").asText()).isEqualTo("wrong email or password");
    }

    @Test
    void repeated_failed_sign_ins_lock_the_email_out_even_for_the_right_password() {
        for (int i = 0; i < LoginThrottle.MAX_FAILURES; i++) {
            app.anonymous().post("/api/auth/login", Map.of("email", TestApp.ADMIN_EMAIL, "password", "guess " + i));
        }
        var response = app.anonymous().post("/api/auth/login", Map.of("email", TestApp.ADMIN_EMAIL, "password", TestApp.PASSWORD));

        assertThat(response.status()).isEqualTo(403);
        assertThat(response.json().get("error").asText()).contains("too many failed sign-ins");
    }

    @Test
    void api_routes_need_credentials() {
        var response = app.anonymous().get("/api/spaces");

        assertThat(response.status()).isEqualTo(401);
        assertThat(response.json().get("error").asText()).contains("sign in");
    }

    @Test
    void cookie_authenticated_writes_without_the_csrf_header_are_refused_and_change_nothing() {
        var admin = app.admin().withoutHeader("X-CSRF-Token");

        var response = admin.post("/api/spaces", Map.of("name", "Forged"));

        assertThat(response.status()).isEqualTo(403);
        assertThat(response.json().get("error").asText()).contains("X-CSRF-Token");
        assertThat(app.wiring.spaces.list()).isEmpty();
    }

    @Test
    void logging_out_ends_every_session_of_the_user() {
        var laptop = app.admin();
        var phone = app.admin();

        assertThat(laptop.post("/api/auth/logout", null).status()).isEqualTo(204);

        assertThat(laptop.get("/api/auth/me").status()).isEqualTo(401);
        assertThat(phone.get("/api/auth/me").status()).isEqualTo(401);
    }

    @Test
    void changing_the_password_ends_every_session_and_the_new_password_works() {
        var laptop = app.admin();
        var phone = app.admin();

        var response = laptop.post("/api/auth/password", Map.of("current_password", TestApp.PASSWORD, "new_password", "a much better secret"));

        assertThat(response.status()).isEqualTo(204);
        assertThat(phone.get("/api/auth/me").status()).isEqualTo(401);
        assertThat(app.anonymous().login(TestApp.ADMIN_EMAIL, "a much better secret").get("/api/auth/me").status()).isEqualTo(200);
    }

    @Test
    void a_short_new_password_is_refused_naming_the_field() {
        var response = app.admin().post("/api/auth/password", Map.of("current_password", TestApp.PASSWORD, "new_password", "short"));

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().at("/details/0/path").asText()).isEqualTo("password");
    }

    @Test
    void a_management_token_is_shown_once_stored_hashed_and_works_until_revoked() {
        var admin = app.admin();
        var created = admin.post("/api/tokens", Map.of("name", "site CI", "scopes", List.of("content:read")));
        assertThat(created.status()).isEqualTo(201);
        var secret = created.json().get("secret").asText();
        var tokenId = created.json().at("/token/id").asLong();

        var listed = admin.get("/api/tokens");
        assertThat(listed.text()).doesNotContain(secret);
        String stored = app.wiring.database.read(h -> h.createQuery("SELECT token_hash FROM api_tokens").mapTo(String.class).one());
        assertThat(stored).doesNotContain(secret);

        var ci = app.anonymous().bearer(secret);
        assertThat(ci.get("/api/spaces").status()).isEqualTo(200);
        assertThat(ci.post("/api/spaces", Map.of("name", "Not allowed")).status()).isEqualTo(403);

        assertThat(admin.delete("/api/tokens/" + tokenId).status()).isEqualTo(204);
        assertThat(ci.get("/api/spaces").status()).isEqualTo(401);
    }

    @Test
    void a_token_cannot_be_granted_scopes_its_owner_lacks() {
        var editor = app.as(dev.duet.access.Role.EDITOR);

        var response = editor.post("/api/tokens", Map.of("name", "sneaky", "scopes", List.of("user:manage")));

        assertThat(response.status()).isEqualTo(403);
    }

    @Test
    void unknown_scopes_are_named() {
        var response = app.admin().post("/api/tokens", Map.of("name", "typo", "scopes", List.of("content:raed")));

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().at("/details/0/path").asText()).isEqualTo("scopes[0]");
    }

    @Test
    void only_admins_manage_users() {
        var editor = app.as(dev.duet.access.Role.EDITOR);

        assertThat(editor.get("/api/users").status()).isEqualTo(403);
        assertThat(editor.post("/api/users", Map.of("email", "x@example.com", "role", "admin", "password", "0123456789")).status())
                .isEqualTo(403);
        assertThat(app.wiring.users.count()).isEqualTo(2);
    }

    @Test
    void admins_create_update_and_delete_users_with_clear_errors_for_bad_input() {
        var admin = app.admin();

        var created = admin.post("/api/users", Map.of("email", "nadia@example.com", "name", "Nadia", "role", "developer",
                "password", "long enough pw"));
        assertThat(created.status()).isEqualTo(201);
        var id = created.json().at("/user/id").asLong();

        assertThat(admin.post("/api/users", Map.of("email", "nadia@example.com", "role", "editor", "password", "long enough pw"))
                .status()).isEqualTo(409);
        assertThat(admin.post("/api/users", Map.of("email", "nope", "role", "editor", "password", "long enough pw"))
                .json().at("/details/0/path").asText()).isEqualTo("email");
        assertThat(admin.post("/api/users", Map.of("email", "m@example.com", "role", "boss", "password", "long enough pw"))
                .json().get("error").asText()).contains("unknown role boss");

        assertThat(admin.patch("/api/users/" + id, Map.of("role", "editor")).json().at("/user/role").asText()).isEqualTo("editor");
        assertThat(admin.delete("/api/users/" + id).status()).isEqualTo(204);
        assertThat(admin.get("/api/users/" + id).status()).isEqualTo(404);
    }

    @Test
    void every_write_is_in_the_audit_log_with_who_what_and_when() {
        var admin = app.admin();
        admin.post("/api/spaces", Map.of("name", "Audited"));

        var entries = admin.get("/api/audit").json().get("entries");

        assertThat(entries.get(0).get("action").asText()).isEqualTo("POST /api/spaces");
        assertThat(entries.get(0).get("actor").asText()).isEqualTo(TestApp.ADMIN_EMAIL);
        assertThat(entries.get(0).get("at").asText()).isNotBlank();
        assertThat(entries.get(1).get("action").asText()).isEqualTo("POST /api/auth/login");
    }

    @Test
    void viewers_cannot_read_the_audit_log() {
        assertThat(app.as(dev.duet.access.Role.VIEWER).get("/api/audit").status()).isEqualTo(403);
    }

    @Test
    void any_reader_lists_the_team_for_assigning_and_mentioning_but_not_their_secrets() {
        var viewer = app.as(dev.duet.access.Role.VIEWER);

        var people = viewer.get("/api/people");

        assertThat(people.status()).isEqualTo(200);
        assertThat(people.json().get("people")).hasSize(2);
        assertThat(people.json().findValuesAsText("email")).contains(TestApp.ADMIN_EMAIL);
        assertThat(people.text()).doesNotContain("password");
        assertThat(app.anonymous().get("/api/people").status()).isEqualTo(401);
    }
}
