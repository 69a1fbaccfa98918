package dev.duet.access;

import dev.duet.failure.Forbidden;
import dev.duet.failure.Unauthenticated;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HandlerType;

import java.util.Set;

/**
 * Checks every matched route before its handler runs: the route must declare a {@link Permission} (deny by default),
 * the caller must prove who they are (session cookie or {@code Authorization: Bearer} management token), hold that
 * permission, and echo the session's CSRF token on cookie-authenticated writes. After a successful write it appends
 * the audit log, so no write route can forget to.
 */
public final class AccessGuard {

    public static final String SESSION_COOKIE = "duet_session";
    public static final String CSRF_HEADER = "X-CSRF-Token";
    private static final String PRINCIPAL = "duet.principal";
    private static final String AUDIT_ACTOR = "duet.audit.actor";
    private static final String AUDIT_DETAILS = "duet.audit.details";
    private static final String UNAUDITED = "duet.audit.skip";
    private static final Set<HandlerType> WRITES = Set.of(HandlerType.POST, HandlerType.PUT, HandlerType.PATCH, HandlerType.DELETE);

    private static final java.util.regex.Pattern SPACE_PATH = java.util.regex.Pattern.compile("/api/spaces/(\\d{1,18})");

    private final Users users;
    private final Sessions sessions;
    private final ApiTokens tokens;
    private final AuditLog audit;

    public AccessGuard(Users users, Sessions sessions, ApiTokens tokens, AuditLog audit) {
        this.users = users;
        this.sessions = sessions;
        this.tokens = tokens;
        this.audit = audit;
    }

    public void register(RoutesConfig routes) {
        routes.beforeMatched(this::check);
        routes.afterMatched(this::recordWrite);
    }

    /** The caller of a route that required sign-in; set by the guard before the handler runs. */
    public static Principal principal(Context ctx) {
        Principal principal = ctx.attribute(PRINCIPAL);
        if (principal == null) throw new Unauthenticated("sign in or send a management token");
        return principal;
    }

    /** Names the actor of a write on a public route (sign-in), for the audit log. */
    public static void auditActor(Context ctx, String actor) {
        ctx.attribute(AUDIT_ACTOR, actor);
    }

    /** Adds what the audit log should keep about this write beyond its route and target. */
    public static void auditDetails(Context ctx, Object details) {
        ctx.attribute(AUDIT_DETAILS, details);
    }

    /**
     * Leaves this write out of the audit log: for writes that change no content and would flood it (an open editor's
     * presence heartbeat every few seconds, a merge that only computes).
     */
    public static void unaudited(Context ctx) {
        ctx.attribute(UNAUDITED, Boolean.TRUE);
    }

    private void check(Context ctx) {
        var declared = ctx.routeRoles();
        if (declared.isEmpty()) throw new Forbidden("access denied: this endpoint declares no permission");
        var needed = (Permission) declared.iterator().next();
        // delivery routes check the site's delivery token themselves
        if (needed == Permission.PUBLIC || needed == Permission.DELIVERY) return;
        var principal = authenticate(ctx);
        if (!principal.may(needed)) {
            throw new Forbidden("your " + (principal.via() == Principal.Via.TOKEN ? "token" : "role " + principal.role().id())
                    + " lacks the permission " + needed.scope());
        }
        if (principal.via() == Principal.Via.SESSION && WRITES.contains(ctx.method())) {
            var sent = ctx.header(CSRF_HEADER);
            if (sent == null || !java.security.MessageDigest.isEqual(sent.getBytes(), principal.csrfToken().getBytes())) {
                throw new Forbidden("missing or wrong " + CSRF_HEADER + " header (returned at sign-in and by /api/auth/me)");
            }
        }
        ctx.attribute(PRINCIPAL, principal);
    }

    private Principal authenticate(Context ctx) {
        var authorization = ctx.header("Authorization");
        if (authorization != null) {
            if (!authorization.startsWith("Bearer ")) throw new Unauthenticated("Authorization must be 'Bearer <token>'");
            var token = tokens.resolve(authorization.substring(7).strip())
                    .orElseThrow(() -> new Unauthenticated("the token is unknown, expired or revoked"));
            var user = users.get(token.userId());
            var permissions = java.util.EnumSet.noneOf(Permission.class);
            permissions.addAll(token.scopes());
            permissions.retainAll(user.role().permissions());
            return new Principal(user.id(), user.email(), user.role(), permissions, Principal.Via.TOKEN, null);
        }
        var session = sessions.find(ctx.cookie(SESSION_COOKIE))
                .orElseThrow(() -> new Unauthenticated("sign in (POST /api/auth/login) or send a management token"));
        var user = users.get(session.userId());
        return new Principal(user.id(), user.email(), user.role(), user.role().permissions(), Principal.Via.SESSION,
                session.csrfToken());
    }

    private void recordWrite(Context ctx) {
        if (!WRITES.contains(ctx.method()) || ctx.status().getCode() >= 400) return;
        if (Boolean.TRUE.equals(ctx.attribute(UNAUDITED))) return;
        Principal principal = ctx.attribute(PRINCIPAL);
        String actor = principal != null ? principal.actor() : ctx.attribute(AUDIT_ACTOR);
        if (actor == null) return;
        var action = ctx.method().name() + " " + ctx.endpoints().matchedHttpEndpoint().path;
        audit.record(actor, action, ctx.path(), spaceId(ctx), ctx.status().getCode(), ctx.attribute(AUDIT_DETAILS));
    }

    private static Long spaceId(Context ctx) {
        var matcher = SPACE_PATH.matcher(ctx.path());
        return matcher.lookingAt() ? Long.parseLong(matcher.group(1)) : null;
    }
}
