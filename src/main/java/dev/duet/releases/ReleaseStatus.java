package dev.duet.releases;

import com.fasterxml.jackson.annotation.JsonValue;
import dev.duet.failure.InvalidInput;

import java.util.Arrays;
import java.util.Locale;

/** Where a release is in its life: open (being put together), merged (published), reverted (undone after merging). */
public enum ReleaseStatus {
    OPEN, MERGED, REVERTED;

    @JsonValue
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The status named {@code raw} (a query or stored value), or a 400 naming {@code field}. */
    static ReleaseStatus parse(String field, String raw) {
        return Arrays.stream(values()).filter(status -> status.id().equals(raw)).findFirst()
                .orElseThrow(() -> InvalidInput.field(field, "must be open, merged or reverted, got " + raw));
    }
}
