package dev.duet.access;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

import static dev.duet.access.Permission.*;

/** The five roles of a Duet team and what each may do. */
public enum Role {
    ADMIN(EnumSet.of(CONTENT_READ, STORY_WRITE, STORY_PUBLISH, STORY_REVIEW, SCHEMA_WRITE, DATASOURCE_WRITE, SPACE_MANAGE,
            TOKEN_MANAGE, USER_MANAGE, AUDIT_READ, REQUEST_WRITE, REQUEST_TRIAGE, GOAL_WRITE, STACK_WRITE, DECISION_MANAGE,
            GLOSSARY_WRITE, METRICS_READ)),
    DEVELOPER(EnumSet.of(CONTENT_READ, STORY_WRITE, STORY_PUBLISH, STORY_REVIEW, SCHEMA_WRITE, DATASOURCE_WRITE, SPACE_MANAGE,
            TOKEN_MANAGE, AUDIT_READ, REQUEST_WRITE, REQUEST_TRIAGE, GOAL_WRITE, STACK_WRITE, DECISION_MANAGE,
            GLOSSARY_WRITE, METRICS_READ)),
    EDITOR(EnumSet.of(CONTENT_READ, STORY_WRITE, STORY_PUBLISH, STORY_REVIEW, DATASOURCE_WRITE, REQUEST_WRITE,
            REQUEST_TRIAGE, GOAL_WRITE, STACK_WRITE, DECISION_MANAGE, GLOSSARY_WRITE)),
    APPROVER(EnumSet.of(CONTENT_READ, STORY_PUBLISH, STORY_REVIEW, REQUEST_WRITE, GLOSSARY_WRITE)),
    VIEWER(EnumSet.of(CONTENT_READ));

    private final Set<Permission> permissions;

    Role(Set<Permission> permissions) {
        this.permissions = Set.copyOf(permissions);
    }

    public Set<Permission> permissions() {
        return permissions;
    }

    @com.fasterxml.jackson.annotation.JsonValue
    public String id() {
        return name().toLowerCase();
    }

    public static Optional<Role> of(String id) {
        return Arrays.stream(values()).filter(r -> r.id().equals(id)).findFirst();
    }
}
