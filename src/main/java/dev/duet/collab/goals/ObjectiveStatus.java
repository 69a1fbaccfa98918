package dev.duet.collab.goals;

import com.fasterxml.jackson.annotation.JsonValue;

import java.util.Arrays;
import java.util.Optional;

/** Where an objective stands as its owner declares it; progress is computed, this is what people decided. */
public enum ObjectiveStatus {
    ACTIVE("active"),
    ACHIEVED("achieved"),
    MISSED("missed"),
    CANCELLED("cancelled");

    private final String id;

    ObjectiveStatus(String id) {
        this.id = id;
    }

    @JsonValue
    public String id() {
        return id;
    }

    public static Optional<ObjectiveStatus> of(String id) {
        return Arrays.stream(values()).filter(s -> s.id.equals(id)).findFirst();
    }
}
