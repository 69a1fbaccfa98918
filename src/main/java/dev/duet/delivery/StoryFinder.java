package dev.duet.delivery;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;

/**
 * Runs a {@link StoryQuery} over a {@link StorySource}: cheap conditions on story fields first, then those that read
 * content (filter_query, search_term, content sort keys) on what is left, parsing each story's content once; then
 * sorting and cutting the page. The same code serves published snapshots and drafts.
 */
final class StoryFinder {

    /** One page of matches and how many matched in all. */
    record Found(List<DeliveredStory> stories, long total) {
    }

    private record Candidate(DeliveredStory story, Comparable<?>[] sortValues) {
    }

    private StoryFinder() {
    }

    static Found find(StorySource source, StoryQuery query, CdnPaging paging) {
        var matches = new ArrayList<Candidate>();
        for (var story : candidates(source, query)) {
            if (!matchesFields(story, query)) continue;
            JsonNode content = query.readsContent() ? story.content() : null;
            if (query.filter() != null && !query.filter().test(content)) continue;
            if (query.searchTerm() != null && !mentions(story, content, query.searchTerm())) continue;
            matches.add(new Candidate(story, query.sort().isDefault() ? null : query.sort().values(story, content)));
        }
        order(matches, query);
        long total = matches.size();
        int from = (int) Math.min(paging.offset(), total);
        int to = (int) Math.min(from + (long) paging.perPage(), total);
        return new Found(matches.subList(from, to).stream().map(Candidate::story).toList(), total);
    }

    private static List<DeliveredStory> candidates(StorySource source, StoryQuery query) {
        if (query.byUuids().isEmpty()) return source.candidates(query.startsWith());
        var found = new ArrayList<>(source.byUuids(query.byUuids()));
        found.sort(Snapshot.DEFAULT_ORDER);
        return found;
    }

    private static void order(List<Candidate> matches, StoryQuery query) {
        if (query.byUuidsOrdered()) {
            var rank = new HashMap<String, Integer>();
            for (int i = 0; i < query.byUuids().size(); i++) rank.putIfAbsent(query.byUuids().get(i), i);
            matches.sort((a, b) -> Integer.compare(rank.get(a.story().uuid()), rank.get(b.story().uuid())));
        } else if (!query.sort().isDefault()) {
            var comparator = query.sort().comparator();
            matches.sort((a, b) -> comparator.compare(a.sortValues(), b.sortValues()));
        }
    }

    private static boolean matchesFields(DeliveredStory story, StoryQuery query) {
        var meta = story.meta;
        if (query.startsWith() != null && !meta.fullSlug().startsWith(query.startsWith())) return false;
        if (!query.bySlugs().isEmpty() && query.bySlugs().stream().noneMatch(p -> p.matcher(meta.fullSlug()).matches())) return false;
        if (query.excludingSlugs().stream().anyMatch(p -> p.matcher(meta.fullSlug()).matches())) return false;
        if (!query.byIds().isEmpty() && !query.byIds().contains(meta.id())) return false;
        if (query.excludingIds().contains(meta.id())) return false;
        if (!query.withTag().isEmpty() && meta.tagList().stream().noneMatch(query.withTag()::contains)) return false;
        if (query.isStartpage() != null && meta.isStartpage() != query.isStartpage()) return false;
        if (query.level() != null && meta.level() != query.level()) return false;
        if (query.contentType() != null && !query.contentType().equals(story.contentType)) return false;
        for (var bound : query.times()) if (!bound.test(meta)) return false;
        return true;
    }

    /** {@code search_term}: in the name, the slugs or any text of the content, ignoring case. */
    private static boolean mentions(DeliveredStory story, JsonNode content, String term) {
        var meta = story.meta;
        return contains(meta.name(), term) || contains(meta.fullSlug(), term) || mentions(content, term);
    }

    private static boolean mentions(JsonNode node, String term) {
        if (node == null) return false;
        if (node.isTextual()) return contains(node.asText(), term);
        for (var child : node) if (mentions(child, term)) return true;
        return false;
    }

    private static boolean contains(String text, String term) {
        return text != null && text.toLowerCase(Locale.ROOT).contains(term);
    }
}
