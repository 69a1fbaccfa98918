package dev.duet.collab.goals;

import com.fasterxml.jackson.annotation.JsonValue;

/** The colour a score shows in: red, amber, green. */
public enum Band {
    OFF_TRACK("off_track"),
    PROGRESSING("progressing"),
    ON_TRACK("on_track");

    private final String id;

    Band(String id) {
        this.id = id;
    }

    @JsonValue
    public String id() {
        return id;
    }
}
