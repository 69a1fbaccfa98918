package dev.duet.access;

import io.javalin.security.RouteRole;

import java.util.Arrays;
import java.util.Optional;

/**
 * What a caller may do. Every route declares the permission it needs; a route that declares none is refused
 * (deny by default). {@link #PUBLIC} and {@link #SIGNED_IN} are markers, never granted by a role or a scope.
 */
public enum Permission implements RouteRole {
    PUBLIC("public"),
    SIGNED_IN("signed-in"),
    CONTENT_READ("content:read"),
    STORY_WRITE("story:write"),
    STORY_PUBLISH("story:publish"),
    SCHEMA_WRITE("schema:write"),
    DATASOURCE_WRITE("datasource:write"),
    SPACE_MANAGE("space:manage"),
    TOKEN_MANAGE("token:manage"),
    USER_MANAGE("user:manage"),
    AUDIT_READ("audit:read");

    private final String scope;

    Permission(String scope) {
        this.scope = scope;
    }

    /** The name used for token scopes and in API responses, e.g. {@code story:publish}. */
    public String scope() {
        return scope;
    }

    public boolean grantable() {
        return this != PUBLIC && this != SIGNED_IN;
    }

    public static Optional<Permission> ofScope(String scope) {
        return Arrays.stream(values()).filter(p -> p.grantable() && p.scope.equals(scope)).findFirst();
    }
}
