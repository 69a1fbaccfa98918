package dev.duet.scheduling;

import dev.duet.failure.InvalidInput;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;

/**
 * The moment a schedule runs, as the person planned it: {@code at} is the instant; {@code timeZone} the zone they
 * think in, kept to show the time back to them. A {@code run_at} with an offset ({@code 2026-11-23T09:00:00+01:00}
 * or {@code ...Z}) is that instant; one without is a wall-clock time in {@code time_zone} (in a daylight-saving gap it
 * moves forward by the gap's length, as clocks do).
 */
public record PlannedTime(Instant at, ZoneId timeZone) {

    public static final ZoneId DEFAULT_ZONE = ZoneId.of("UTC");

    /** Reads {@code runAt} and {@code timeZone} (null for UTC), or fails with a 400 naming the field. */
    public static PlannedTime of(String runAt, String timeZone) {
        var zone = zone(timeZone);
        if (runAt == null || runAt.isBlank()) {
            throw InvalidInput.field("run_at", "is required: an ISO-8601 date-time such as 2026-11-23T09:00:00+01:00, "
                    + "or 2026-11-23T09:00 with a time_zone");
        }
        var text = runAt.strip();
        try {
            return new PlannedTime(OffsetDateTime.parse(text).toInstant(), zone);
        } catch (DateTimeParseException withoutOffset) {
            try {
                return new PlannedTime(LocalDateTime.parse(text).atZone(zone).toInstant(), zone);
            } catch (DateTimeParseException e) {
                throw InvalidInput.field("run_at", "cannot read " + runAt + " as a date-time; use ISO-8601 such as "
                        + "2026-11-23T09:00:00+01:00, or 2026-11-23T09:00 with a time_zone");
            }
        }
    }

    private static ZoneId zone(String raw) {
        if (raw == null || raw.isBlank()) return DEFAULT_ZONE;
        try {
            return ZoneId.of(raw.strip());
        } catch (DateTimeException e) {
            throw InvalidInput.field("time_zone", "unknown time zone " + raw + "; use an IANA name such as Europe/Berlin");
        }
    }
}
