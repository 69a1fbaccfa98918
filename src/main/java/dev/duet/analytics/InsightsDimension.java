package dev.duet.analytics;

import dev.duet.failure.InvalidInput;

import java.util.Arrays;
import java.util.Locale;

/** What the breakdown splits by: a visitor trait (segment), where they came from, their language or their device. */
public enum InsightsDimension {
    SEGMENT(InsightsQueries.Grouping.SEGMENT),
    CHANNEL(InsightsQueries.Grouping.CHANNEL),
    LOCALE(InsightsQueries.Grouping.LOCALE),
    DEVICE(InsightsQueries.Grouping.DEVICE);

    private final InsightsQueries.Grouping grouping;

    InsightsDimension(InsightsQueries.Grouping grouping) {
        this.grouping = grouping;
    }

    InsightsQueries.Grouping grouping() {
        return grouping;
    }

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The dimension {@code by} names; it is required. */
    public static InsightsDimension parse(String raw) {
        var known = Arrays.stream(values()).map(InsightsDimension::id).toList();
        if (raw == null || raw.isBlank()) throw InvalidInput.field("by", "is required: one of " + known);
        return Arrays.stream(values()).filter(dimension -> dimension.id().equals(raw.strip())).findFirst()
                .orElseThrow(() -> InvalidInput.field("by", "must be one of " + known + ", got " + raw));
    }
}
