package dev.duet.presence;

import com.fasterxml.jackson.annotation.JsonValue;

/** A change one side made that the merge took without a clash (or that a resolution chose). */
public record MergedChange(String path, String label, Side side, Kind kind) {

    public enum Kind {
        CHANGED, ADDED, REMOVED, MOVED;

        @JsonValue
        public String id() {
            return name().toLowerCase();
        }
    }
}
