package dev.duet.access;

import com.fasterxml.jackson.annotation.JsonValue;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/**
 * The two sides Duet brings together. A person's team follows from their role: developers are IT; editors and
 * approvers are marketing; admins speak for both; viewers for neither (they read along). Requests are addressed to a
 * team, key results and tools are owned by one, and decisions count voters from each.
 */
public enum Team {
    MARKETING("marketing"),
    IT("it");

    private final String id;

    Team(String id) {
        this.id = id;
    }

    @JsonValue
    public String id() {
        return id;
    }

    public static Optional<Team> of(String id) {
        return Arrays.stream(values()).filter(team -> team.id.equals(id)).findFirst();
    }

    /** The teams a person of {@code role} belongs to. */
    public static Set<Team> of(Role role) {
        return switch (role) {
            case ADMIN -> EnumSet.allOf(Team.class);
            case DEVELOPER -> EnumSet.of(IT);
            case EDITOR, APPROVER -> EnumSet.of(MARKETING);
            case VIEWER -> EnumSet.noneOf(Team.class);
        };
    }
}
