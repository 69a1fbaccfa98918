package dev.duet.scheduling;

import com.fasterxml.jackson.annotation.JsonValue;
import dev.duet.failure.InvalidInput;

import java.util.Arrays;

/** What a schedule does when its time comes; ids are what the API reads and writes. */
public enum ScheduleAction {
    PUBLISH("publish"),
    UNPUBLISH("unpublish"),
    MERGE_RELEASE("merge_release");

    private final String id;

    ScheduleAction(String id) {
        this.id = id;
    }

    @JsonValue
    public String id() {
        return id;
    }

    /** True for the actions on one story (rather than on a release). */
    public boolean onStory() {
        return this != MERGE_RELEASE;
    }

    /** The action named {@code raw}, or a 400 naming {@code field}. */
    public static ScheduleAction parse(String field, String raw) {
        if (raw == null || raw.isBlank()) throw InvalidInput.field(field, "is required: one of " + ids());
        return Arrays.stream(values()).filter(action -> action.id.equals(raw.strip())).findFirst()
                .orElseThrow(() -> InvalidInput.field(field, "must be one of " + ids() + ", got " + raw));
    }

    static ScheduleAction of(String id) {
        return Arrays.stream(values()).filter(action -> action.id.equals(id)).findFirst()
                .orElseThrow(() -> new IllegalStateException("unknown schedule action " + id));
    }

    private static java.util.List<String> ids() {
        return Arrays.stream(values()).map(ScheduleAction::id).toList();
    }
}
