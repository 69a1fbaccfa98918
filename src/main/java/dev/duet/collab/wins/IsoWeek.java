package dev.duet.collab.wins;

import dev.duet.failure.InvalidInput;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.IsoFields;
import java.util.regex.Pattern;

/**
 * An ISO-8601 week such as {@code 2026-W47}: Monday 00:00 UTC to the next Monday, in the week-based year (so
 * 2026-W01 starts on Monday 29 December 2025). Digests are per ISO week because teams plan in weeks.
 */
public record IsoWeek(int year, int week) implements Comparable<IsoWeek> {

    private static final Pattern FORMAT = Pattern.compile("(\\d{4})-W(\\d{2})");

    public IsoWeek {
        if (week < 1 || week > weeksIn(year)) {
            throw InvalidInput.field("week", year + " has weeks 1 to " + weeksIn(year) + ", not " + week);
        }
    }

    /** Reads {@code 2026-W47}; a 400 naming {@code week} otherwise. */
    public static IsoWeek parse(String text) {
        var match = text == null ? null : FORMAT.matcher(text.strip());
        if (match == null || !match.matches()) {
            throw InvalidInput.field("week", "must be an ISO week such as 2026-W47, got " + text);
        }
        return new IsoWeek(Integer.parseInt(match.group(1)), Integer.parseInt(match.group(2)));
    }

    /** The week {@code instant} falls in (UTC). */
    public static IsoWeek of(Instant instant) {
        var date = instant.atZone(ZoneOffset.UTC).toLocalDate();
        return new IsoWeek(date.get(IsoFields.WEEK_BASED_YEAR), date.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
    }

    /** The last week that has ended by {@code now}: the week before the current one. */
    public static IsoWeek lastComplete(Instant now) {
        return of(now).previous();
    }

    public IsoWeek previous() {
        return of(start().minusSeconds(1));
    }

    public LocalDate monday() {
        return LocalDate.of(year, 1, 4).with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, week).with(DayOfWeek.MONDAY);
    }

    /** Monday 00:00 UTC, inclusive. */
    public Instant start() {
        return monday().atStartOfDay(ZoneOffset.UTC).toInstant();
    }

    /** The next Monday 00:00 UTC, exclusive. */
    public Instant end() {
        return monday().plusWeeks(1).atStartOfDay(ZoneOffset.UTC).toInstant();
    }

    @Override
    public int compareTo(IsoWeek other) {
        return start().compareTo(other.start());
    }

    @Override
    public String toString() {
        return String.format("%04d-W%02d", year, week);
    }

    private static int weeksIn(int year) {
        return (int) LocalDate.of(year, 12, 28).range(IsoFields.WEEK_OF_WEEK_BASED_YEAR).getMaximum();
    }
}
