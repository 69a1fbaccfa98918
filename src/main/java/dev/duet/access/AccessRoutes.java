package dev.duet.access;

import dev.duet.failure.Forbidden;
import dev.duet.failure.InvalidInput;
import dev.duet.failure.Unauthenticated;
import dev.duet.web.Json;
import dev.duet.web.Paging;
import dev.duet.web.Params;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.Cookie;
import io.javalin.http.SameSite;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import static dev.duet.access.Permission.*;

/** Sign-in, sessions, users, management tokens and the audit log over HTTP. */
public final class AccessRoutes {

    record LoginRequest(String email, String password) {
    }

    record PasswordChange(String currentPassword, String newPassword) {
    }

    record UserRequest(String email, String name, String role, String password) {
    }

    record TokenRequest(String name, List<String> scopes, Instant expiresAt) {
    }

    private final Users users;
    private final Sessions sessions;
    private final ApiTokens tokens;
    private static final int PEOPLE_LIMIT = 1000;

    private final AuditLog audit;
    private final LoginThrottle throttle;
    private final boolean secureCookies;

    public AccessRoutes(Users users, Sessions sessions, ApiTokens tokens, AuditLog audit, Clock clock, boolean secureCookies) {
        this.users = users;
        this.sessions = sessions;
        this.tokens = tokens;
        this.audit = audit;
        this.throttle = new LoginThrottle(clock);
        this.secureCookies = secureCookies;
    }

    public void register(RoutesConfig routes) {
        routes.post("/api/auth/login", this::login, PUBLIC);
        routes.post("/api/auth/logout", this::logout, SIGNED_IN);
        routes.get("/api/auth/me", this::me, SIGNED_IN);
        routes.post("/api/auth/password", this::changePassword, SIGNED_IN);

        routes.get("/api/people", this::people, CONTENT_READ);
        routes.get("/api/users", this::listUsers, USER_MANAGE);
        routes.post("/api/users", this::createUser, USER_MANAGE);
        routes.get("/api/users/{user_id}", ctx -> ctx.json(Map.of("user", users.get(Params.id(ctx, "user_id")))), USER_MANAGE);
        routes.patch("/api/users/{user_id}", this::updateUser, USER_MANAGE);
        routes.delete("/api/users/{user_id}", this::deleteUser, USER_MANAGE);

        routes.get("/api/tokens", this::listTokens, TOKEN_MANAGE);
        routes.post("/api/tokens", this::createToken, TOKEN_MANAGE);
        routes.delete("/api/tokens/{token_id}", this::revokeToken, TOKEN_MANAGE);

        routes.get("/api/audit", this::listAudit, AUDIT_READ);
    }

    /** Everyone who can sign in, by name, for choosing an assignee or mentioning someone; no paging for a team's size. */
    private void people(Context ctx) {
        var people = users.list(0, PEOPLE_LIMIT).stream()
                .map(user -> Map.of("id", user.id(), "name", user.name(), "email", user.email(), "role", user.role()))
                .toList();
        ctx.json(Map.of("people", people));
    }

    private void login(Context ctx) {
        var request = Json.body(ctx, LoginRequest.class);
        throttle.checkAllowed(request.email());
        var user = users.authenticate(request.email(), request.password()).orElse(null);
        if (user == null) {
            throttle.failed(request.email());
            throw new Unauthenticated("wrong email or password");
        }
        throttle.succeeded(request.email());
        var session = sessions.open(user.id());
        var cookie = new Cookie(SESSION_COOKIE_NAME, session.id(), "/", (int) sessions.lifetime().toSeconds(),
                secureCookies, true, null, SameSite.STRICT);
        ctx.cookie(cookie);
        AccessGuard.auditActor(ctx, user.email());
        ctx.json(Map.of("user", user, "csrf_token", session.csrfToken(), "permissions", scopes(user.role().permissions())));
    }

    private static final String SESSION_COOKIE_NAME = AccessGuard.SESSION_COOKIE;

    private void logout(Context ctx) {
        var principal = AccessGuard.principal(ctx);
        sessions.endAll(principal.userId());
        ctx.removeCookie(SESSION_COOKIE_NAME, "/");
        ctx.status(204);
    }

    private void me(Context ctx) {
        var principal = AccessGuard.principal(ctx);
        var body = new java.util.LinkedHashMap<String, Object>();
        body.put("user", users.get(principal.userId()));
        body.put("permissions", scopes(principal.permissions()));
        body.put("via", principal.via().name().toLowerCase());
        if (principal.csrfToken() != null) body.put("csrf_token", principal.csrfToken());
        ctx.json(body);
    }

    private void changePassword(Context ctx) {
        var principal = AccessGuard.principal(ctx);
        var request = Json.body(ctx, PasswordChange.class);
        if (users.authenticate(principal.email(), request.currentPassword()).isEmpty()) {
            throw InvalidInput.field("current_password", "is wrong");
        }
        users.changePassword(principal.userId(), request.newPassword());
        sessions.endAll(principal.userId());
        ctx.removeCookie(SESSION_COOKIE_NAME, "/");
        ctx.status(204);
    }

    private void listUsers(Context ctx) {
        var paging = Paging.of(ctx);
        paging.answer(ctx, users.count());
        ctx.json(Map.of("users", users.list(paging.offset(), paging.perPage())));
    }

    private void createUser(Context ctx) {
        var request = Json.body(ctx, UserRequest.class);
        var user = users.create(request.email(), request.name(), role(request.role(), true), request.password());
        ctx.status(201).json(Map.of("user", user));
    }

    private void updateUser(Context ctx) {
        var request = Json.body(ctx, UserRequest.class);
        long id = Params.id(ctx, "user_id");
        var role = role(request.role(), false);
        if (id == AccessGuard.principal(ctx).userId() && role != null && role != Role.ADMIN) {
            throw new Forbidden("you cannot take away your own admin role; ask another admin");
        }
        var user = users.update(id, request.name(), role);
        if (request.password() != null) {
            users.changePassword(id, request.password());
            sessions.endAll(id);
        }
        ctx.json(Map.of("user", user));
    }

    private void deleteUser(Context ctx) {
        long id = Params.id(ctx, "user_id");
        if (id == AccessGuard.principal(ctx).userId()) throw new Forbidden("you cannot delete your own account");
        users.delete(id);
        ctx.status(204);
    }

    private void listTokens(Context ctx) {
        var principal = AccessGuard.principal(ctx);
        boolean all = "true".equals(ctx.queryParam("all")) && principal.may(USER_MANAGE);
        ctx.json(Map.of("tokens", tokens.list(all ? null : principal.userId())));
    }

    private void createToken(Context ctx) {
        var principal = AccessGuard.principal(ctx);
        var request = Json.body(ctx, TokenRequest.class);
        var owner = users.get(principal.userId());
        if (principal.via() == Principal.Via.TOKEN && request.scopes() == null) {
            throw InvalidInput.field("scopes", "is required when a token creates a token");
        }
        var created = tokens.create(owner, request.name(), request.scopes(), request.expiresAt());
        if (principal.via() == Principal.Via.TOKEN && !principal.permissions().containsAll(
                created.token().scopes().stream().map(s -> Permission.ofScope(s).orElseThrow()).toList())) {
            tokens.revoke(created.token().id());
            throw new Forbidden("a token cannot create a token with more scopes than its own");
        }
        ctx.status(201).json(Map.of("token", created.token(), "secret", created.secret(),
                "note", "store the secret now: Duet keeps only its hash and cannot show it again"));
    }

    private void revokeToken(Context ctx) {
        var principal = AccessGuard.principal(ctx);
        var token = tokens.get(Params.id(ctx, "token_id"));
        if (token.userId() != principal.userId() && !principal.may(USER_MANAGE)) {
            throw new Forbidden("only the token's owner or an admin can revoke it");
        }
        tokens.revoke(token.id());
        ctx.status(204);
    }

    private void listAudit(Context ctx) {
        var paging = Paging.of(ctx);
        var space = ctx.queryParam("space_id");
        var filter = new AuditLog.Filter(ctx.queryParam("actor"), ctx.queryParam("action"),
                space == null ? null : Params.parseId("space_id", space), ctx.queryParam("since"), ctx.queryParam("until"));
        paging.answer(ctx, audit.count(filter));
        ctx.json(Map.of("entries", audit.list(filter, paging.offset(), paging.perPage())));
    }

    private static Role role(String id, boolean required) {
        if (id == null) {
            if (required) throw InvalidInput.field("role", "is required (admin, developer, editor, approver or viewer)");
            return null;
        }
        return Role.of(id).orElseThrow(() ->
                InvalidInput.field("role", "unknown role " + id + " (admin, developer, editor, approver or viewer)"));
    }

    private static List<String> scopes(java.util.Set<Permission> permissions) {
        var names = new TreeSet<String>();
        permissions.forEach(p -> names.add(p.scope()));
        return List.copyOf(names);
    }
}
