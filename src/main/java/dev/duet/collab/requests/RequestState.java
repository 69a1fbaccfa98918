package dev.duet.collab.requests;

import com.fasterxml.jackson.annotation.JsonValue;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Where a request stands. Intake: {@code new}, then accepted (into {@code to_do}), {@code rejected}, {@code snoozed}
 * or {@code duplicate}. Work, once accepted: {@code to_do}, {@code in_progress}, {@code in_review}, {@code done},
 * {@code blocked}, between which the receiving team moves it freely on the board.
 */
public enum RequestState {
    NEW("new", "New"),
    REJECTED("rejected", "Rejected"),
    SNOOZED("snoozed", "Snoozed"),
    DUPLICATE("duplicate", "Duplicate"),
    TO_DO("to_do", "To do"),
    IN_PROGRESS("in_progress", "In progress"),
    IN_REVIEW("in_review", "In review"),
    DONE("done", "Done"),
    BLOCKED("blocked", "Blocked");

    /** The board's columns, left to right: the intake column, then the work states. */
    public static final List<RequestState> BOARD = List.of(NEW, TO_DO, IN_PROGRESS, IN_REVIEW, BLOCKED, DONE);

    private final String id;
    private final String title;

    RequestState(String id, String title) {
        this.id = id;
        this.title = title;
    }

    @JsonValue
    public String id() {
        return id;
    }

    public String title() {
        return title;
    }

    /** A work state: one the receiving team moves the request between once it accepted it. */
    public boolean work() {
        return this == TO_DO || this == IN_PROGRESS || this == IN_REVIEW || this == DONE || this == BLOCKED;
    }

    /** Nothing more is expected of anyone: delivered, turned down or filed twice. */
    public boolean closed() {
        return this == DONE || this == REJECTED || this == DUPLICATE;
    }

    public static Optional<RequestState> of(String id) {
        return Arrays.stream(values()).filter(state -> state.id.equals(id)).findFirst();
    }

    static String ids() {
        return String.join(", ", Arrays.stream(values()).map(RequestState::id).toList());
    }
}
