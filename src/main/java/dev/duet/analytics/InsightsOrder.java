package dev.duet.analytics;

import dev.duet.analytics.InsightsReport.StoryPerformance;
import dev.duet.failure.InvalidInput;

import java.util.Arrays;
import java.util.Comparator;
import java.util.Locale;

/** How the per-story list is sorted ({@code sort}), largest first unless {@code order=asc}; ties by story id. */
public enum InsightsOrder {
    VIEWS(Comparator.comparingLong(StoryPerformance::views)),
    VISITORS(Comparator.comparingLong(StoryPerformance::visitors)),
    CLICKS(Comparator.comparingLong(StoryPerformance::clicks)),
    CONVERSIONS(Comparator.comparingLong(StoryPerformance::conversions)),
    CONVERSION_RATE(Comparator.comparing(StoryPerformance::conversionRate, Comparator.nullsFirst(Comparator.naturalOrder()))),
    VIEWS_CHANGE(Comparator.comparing(StoryPerformance::viewsChange, Comparator.nullsFirst(Comparator.naturalOrder()))),
    NAME(Comparator.comparing((StoryPerformance story) -> story.name() == null ? "" : story.name().toLowerCase(Locale.ROOT)));

    private final Comparator<StoryPerformance> ascending;

    InsightsOrder(Comparator<StoryPerformance> ascending) {
        this.ascending = ascending;
    }

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The sort named {@code raw} (default views). */
    public static InsightsOrder parse(String raw) {
        if (raw == null || raw.isBlank()) return VIEWS;
        return Arrays.stream(values()).filter(order -> order.id().equals(raw.strip())).findFirst()
                .orElseThrow(() -> InvalidInput.field("sort", "must be one of "
                        + Arrays.stream(values()).map(InsightsOrder::id).toList() + ", got " + raw));
    }

    /** {@code order}: asc or desc; blank means desc, except by name, which reads best A to Z. */
    public Comparator<StoryPerformance> comparator(String order) {
        boolean descending = order == null || order.isBlank() ? this != NAME : switch (order.strip()) {
            case "desc" -> true;
            case "asc" -> false;
            default -> throw InvalidInput.field("order", "must be asc or desc, got " + order);
        };
        var tieBreak = Comparator.comparingLong(StoryPerformance::storyId);
        return (descending ? ascending.reversed() : ascending).thenComparing(tieBreak);
    }
}
