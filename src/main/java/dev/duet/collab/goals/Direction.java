package dev.duet.collab.goals;

import com.fasterxml.jackson.annotation.JsonValue;

import java.util.Arrays;
import java.util.Optional;

/** Which way a key result's value should go: move to the target, or hold a threshold. */
public enum Direction {
    INCREASE_TO("increase_to"),
    DECREASE_TO("decrease_to"),
    STAY_ABOVE("stay_above"),
    STAY_BELOW("stay_below");

    private final String id;

    Direction(String id) {
        this.id = id;
    }

    @JsonValue
    public String id() {
        return id;
    }

    /** Moving to a target can be reached (and earns a win); holding a threshold is only ever held or not. */
    public boolean reachable() {
        return this == INCREASE_TO || this == DECREASE_TO;
    }

    public static Optional<Direction> of(String id) {
        return Arrays.stream(values()).filter(d -> d.id.equals(id)).findFirst();
    }
}
