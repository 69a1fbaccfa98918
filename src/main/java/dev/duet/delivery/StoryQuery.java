package dev.duet.delivery;

import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Which stories a list asks for (every filter of the CDN's stories endpoint); null and empty mean "no condition".
 * Times are ISO text bounds compared with the stored timestamps.
 */
record StoryQuery(String startsWith, List<Pattern> bySlugs, List<Pattern> excludingSlugs, List<String> byUuids,
                  boolean byUuidsOrdered, Set<Long> byIds, Set<Long> excludingIds, Set<String> withTag,
                  Boolean isStartpage, Integer level, String contentType, String searchTerm, Filter filter,
                  StorySort sort, List<TimeBound> times) {

    /** A bound on one timestamp of a story: {@code published_at_gt=...} and the like. */
    record TimeBound(String field, String iso, boolean after) {

        boolean test(StoryMeta meta) {
            var value = switch (field) {
                case "published_at" -> meta.publishedAt();
                case "first_published_at" -> meta.firstPublishedAt();
                default -> meta.updatedAt();
            };
            if (value == null) return false;
            int order = value.compareTo(iso);
            return after ? order > 0 : order < 0;
        }
    }

    StoryQuery {
        bySlugs = List.copyOf(bySlugs);
        excludingSlugs = List.copyOf(excludingSlugs);
        byUuids = List.copyOf(byUuids);
        byIds = Set.copyOf(byIds);
        excludingIds = Set.copyOf(excludingIds);
        withTag = Set.copyOf(withTag);
        times = List.copyOf(times);
    }

    boolean readsContent() {
        return filter != null || searchTerm != null || sort.needsContent();
    }
}
