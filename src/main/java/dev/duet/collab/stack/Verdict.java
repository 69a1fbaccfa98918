package dev.duet.collab.stack;

import com.fasterxml.jackson.annotation.JsonValue;

import java.util.Arrays;
import java.util.Optional;

/** What the audit decided to do with a tool. */
public enum Verdict {
    KEEP("keep"), CONSOLIDATE("consolidate"), RETIRE("retire"), RENEGOTIATE("renegotiate");

    private final String id;

    Verdict(String id) {
        this.id = id;
    }

    @JsonValue
    public String id() {
        return id;
    }

    public static Optional<Verdict> of(String id) {
        return Arrays.stream(values()).filter(verdict -> verdict.id.equals(id)).findFirst();
    }
}
