package dev.duet.analytics;

import dev.duet.failure.InvalidInput;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * A range of whole UTC days, {@code from} to {@code to} inclusive, that insights report on. Ranges of up to two days
 * are reported hour by hour, longer ones day by day. The previous period is the range of equal length just before.
 */
public record InsightsPeriod(LocalDate from, LocalDate to) {

    /** A year, leap day included: long enough for year-over-year looks, short enough to stay fast. */
    public static final int MAX_DAYS = 366;
    public static final int DEFAULT_DAYS = 28;
    static final int HOURLY_UP_TO_DAYS = 2;

    public InsightsPeriod {
        if (from.isAfter(to)) throw InvalidInput.field("from", "must not be after to (" + from + " > " + to + ")");
        if (ChronoUnit.DAYS.between(from, to) + 1 > MAX_DAYS) {
            throw InvalidInput.field("to", "the range may span at most " + MAX_DAYS + " days, got "
                    + (ChronoUnit.DAYS.between(from, to) + 1));
        }
    }

    /** The period the {@code from} and {@code to} query values name; either may be blank (default: the last 28 days). */
    public static InsightsPeriod parse(String from, String to, Clock clock) {
        var end = blank(to) ? LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC) : date("to", to);
        var start = blank(from) ? end.minusDays(DEFAULT_DAYS - 1) : date("from", from);
        return new InsightsPeriod(start, end);
    }

    public long days() {
        return ChronoUnit.DAYS.between(from, to) + 1;
    }

    public boolean hourly() {
        return days() <= HOURLY_UP_TO_DAYS;
    }

    public InsightsPeriod previous() {
        return new InsightsPeriod(from.minusDays(days()), from.minusDays(1));
    }

    /** The first stored hour in the period, {@code 2026-11-01T00}. */
    String firstHour() {
        return from + "T00";
    }

    /** The first stored hour after the period. */
    String endHour() {
        return to.plusDays(1) + "T00";
    }

    /** The buckets of the period's series, as stored: days {@code 2026-11-01} or hours {@code 2026-11-01T05}. */
    public List<String> buckets() {
        var buckets = new ArrayList<String>();
        for (var day = from; !day.isAfter(to); day = day.plusDays(1)) {
            if (!hourly()) {
                buckets.add(day.toString());
                continue;
            }
            for (int hour = 0; hour < 24; hour++) buckets.add(day + "T" + (hour < 10 ? "0" : "") + hour);
        }
        return buckets;
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    private static LocalDate date(String name, String raw) {
        try {
            return LocalDate.parse(raw.strip());
        } catch (DateTimeParseException e) {
            throw InvalidInput.field(name, "must be a date like 2026-11-23, got " + raw);
        }
    }
}
