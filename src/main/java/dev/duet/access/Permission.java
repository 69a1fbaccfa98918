package dev.duet.access;

import io.javalin.security.RouteRole;

import java.util.Arrays;
import java.util.Optional;

/**
 * What a caller may do. Every route declares the permission it needs; a route that declares none is refused
 * (deny by default). {@link #PUBLIC}, {@link #SIGNED_IN} and {@link #DELIVERY} are markers, never granted by a role
 * or a scope. {@code DELIVERY} routes are open to the guard like {@code PUBLIC} ones because the delivery API checks its
 * own credential (the {@code token} query parameter of a space's delivery token).
 */
public enum Permission implements RouteRole {
    PUBLIC("public"),
    SIGNED_IN("signed-in"),
    DELIVERY("delivery"),
    CONTENT_READ("content:read"),
    STORY_WRITE("story:write"),
    STORY_PUBLISH("story:publish"),
    /** Take part in review: move stories between workflow stages (as the stage allows), discuss and comment. */
    STORY_REVIEW("story:review"),
    SCHEMA_WRITE("schema:write"),
    DATASOURCE_WRITE("datasource:write"),
    SPACE_MANAGE("space:manage"),
    TOKEN_MANAGE("token:manage"),
    USER_MANAGE("user:manage"),
    AUDIT_READ("audit:read"),
    /** File requests to the other team, comment on them and watch them; edit the requests one filed. */
    REQUEST_WRITE("request:write"),
    /** Take in requests addressed to one's team (accept, reject, snooze, mark duplicate) and move them on the board. */
    REQUEST_TRIAGE("request:triage"),
    /** Set objectives and key results, choose their drivers and check in. */
    GOAL_WRITE("goal:write"),
    /** Keep the martech stack inventory and record audit decisions. */
    STACK_WRITE("stack:write"),
    /** Put proposals to a ranked-choice vote, choose the voters, open and close the vote. */
    DECISION_MANAGE("decision:manage"),
    /** Add and edit glossary terms. */
    GLOSSARY_WRITE("glossary:write"),
    /** Scrape Duet's operational metrics (GET /metrics): give Prometheus a token with only this scope. */
    METRICS_READ("metrics:read");

    private final String scope;

    Permission(String scope) {
        this.scope = scope;
    }

    /** The name used for token scopes and in API responses, e.g. {@code story:publish}. */
    public String scope() {
        return scope;
    }

    public boolean grantable() {
        return this != PUBLIC && this != SIGNED_IN && this != DELIVERY;
    }

    public static Optional<Permission> ofScope(String scope) {
        return Arrays.stream(values()).filter(p -> p.grantable() && p.scope.equals(scope)).findFirst();
    }
}
