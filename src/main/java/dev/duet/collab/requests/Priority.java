package dev.duet.collab.requests;

import com.fasterxml.jackson.annotation.JsonValue;

import java.util.Arrays;
import java.util.Optional;

/** How urgent a request is, from low to urgent (the order sorting by priority uses, most urgent first). */
public enum Priority {
    LOW("low"),
    NORMAL("normal"),
    HIGH("high"),
    URGENT("urgent");

    private final String id;

    Priority(String id) {
        this.id = id;
    }

    @JsonValue
    public String id() {
        return id;
    }

    public static Optional<Priority> of(String id) {
        return Arrays.stream(values()).filter(priority -> priority.id.equals(id)).findFirst();
    }

    static String ids() {
        return String.join(", ", Arrays.stream(values()).map(Priority::id).toList());
    }
}
