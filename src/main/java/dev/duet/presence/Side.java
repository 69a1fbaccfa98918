package dev.duet.presence;

import com.fasterxml.jackson.annotation.JsonValue;

import java.util.Arrays;
import java.util.Optional;

/** The two sides of a merge: {@code theirs} is the story as saved now, {@code mine} the edit that was refused. */
public enum Side {
    MINE, THEIRS;

    @JsonValue
    public String id() {
        return name().toLowerCase();
    }

    public static Optional<Side> of(String id) {
        return Arrays.stream(values()).filter(side -> side.id().equals(id)).findFirst();
    }
}
