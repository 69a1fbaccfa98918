package dev.duet.collab.decisions;

import com.fasterxml.jackson.annotation.JsonValue;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * Where a decision is: drafted (options, voters and rules can change), open (they are fixed; listed voters cast and
 * replace ballots), closed (ballots are fixed and the result is shown). Only forwards: draft → open → closed.
 */
public enum DecisionStatus {
    DRAFT, OPEN, CLOSED;

    @JsonValue
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    static Optional<DecisionStatus> of(String id) {
        return Arrays.stream(values()).filter(status -> status.id().equals(id)).findFirst();
    }
}
