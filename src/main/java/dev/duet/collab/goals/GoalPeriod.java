package dev.duet.collab.goals;

import dev.duet.failure.InvalidInput;

import java.time.LocalDate;
import java.util.regex.Pattern;

/**
 * The days an objective covers, inclusive: a calendar quarter ({@code 2026-Q4} is October to December 2026) or
 * custom dates, when {@code label} is null.
 */
public record GoalPeriod(String label, LocalDate start, LocalDate end) {

    private static final Pattern QUARTER = Pattern.compile("(\\d{4})-Q([1-4])");

    /** The quarter {@code label} names, or a 400 naming the {@code period} field. */
    public static GoalPeriod quarter(String label) {
        var matcher = QUARTER.matcher(label == null ? "" : label.strip());
        if (!matcher.matches()) throw InvalidInput.field("period", "must be a quarter like 2026-Q4, got " + label);
        int year = Integer.parseInt(matcher.group(1));
        int quarter = Integer.parseInt(matcher.group(2));
        var start = LocalDate.of(year, (quarter - 1) * 3 + 1, 1);
        return new GoalPeriod(matcher.group(), start, start.plusMonths(3).minusDays(1));
    }

    public boolean contains(LocalDate day) {
        return !day.isBefore(start) && !day.isAfter(end);
    }
}
