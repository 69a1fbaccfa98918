package dev.duet.discussions;

import dev.duet.failure.InvalidInput;

import java.util.Locale;

/** A thread is open until someone resolves it; it can be reopened. */
public enum DiscussionStatus {
    OPEN, RESOLVED;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    static DiscussionStatus of(String id) {
        return switch (id) {
            case "open" -> OPEN;
            case "resolved" -> RESOLVED;
            default -> throw new IllegalStateException("unknown discussion status " + id);
        };
    }

    /** The {@code status} filter of a list: open (the default), resolved, or all (null). */
    static DiscussionStatus filter(String raw) {
        if (raw == null || raw.isBlank()) return OPEN;
        return switch (raw.strip()) {
            case "open" -> OPEN;
            case "resolved" -> RESOLVED;
            case "all" -> null;
            default -> throw InvalidInput.field("status", "must be open, resolved or all, got " + raw);
        };
    }
}
