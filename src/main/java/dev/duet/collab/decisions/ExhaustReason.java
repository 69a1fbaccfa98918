package dev.duet.collab.decisions;

import com.fasterxml.jackson.annotation.JsonValue;

/** Why a ballot stopped counting: it reached an overvoted rank, or it ranks no continuing option further down. */
public enum ExhaustReason {
    OVERVOTE("overvote"),
    NO_MORE_RANKINGS("no_more_rankings");

    private final String id;

    ExhaustReason(String id) {
        this.id = id;
    }

    @JsonValue
    public String id() {
        return id;
    }
}
