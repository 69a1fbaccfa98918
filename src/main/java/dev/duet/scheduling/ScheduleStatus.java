package dev.duet.scheduling;

import com.fasterxml.jackson.annotation.JsonValue;
import dev.duet.failure.InvalidInput;

import java.util.Arrays;

/**
 * Where a schedule stands. Pending ones wait for their time; a node that claims one marks it running until the run
 * ends as done or failed (or its claim runs out and another node re-checks it); pending ones may be cancelled.
 */
public enum ScheduleStatus {
    PENDING("pending"),
    RUNNING("running"),
    DONE("done"),
    FAILED("failed"),
    CANCELLED("cancelled");

    private final String id;

    ScheduleStatus(String id) {
        this.id = id;
    }

    @JsonValue
    public String id() {
        return id;
    }

    /** The status named {@code raw}, or a 400 naming {@code field}. */
    public static ScheduleStatus parse(String field, String raw) {
        return Arrays.stream(values()).filter(status -> status.id.equals(raw.strip())).findFirst()
                .orElseThrow(() -> InvalidInput.field(field, "must be one of "
                        + Arrays.stream(values()).map(ScheduleStatus::id).toList() + ", got " + raw));
    }

    static ScheduleStatus of(String id) {
        return Arrays.stream(values()).filter(status -> status.id.equals(id)).findFirst()
                .orElseThrow(() -> new IllegalStateException("unknown schedule status " + id));
    }
}
