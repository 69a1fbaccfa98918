package dev.duet.delivery;

import com.fasterxml.jackson.databind.JsonNode;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/**
 * {@code sort_by}: one or more comma-separated keys {@code attribute[:asc|:desc][:int|:float]}, where the attribute
 * is a story field ({@code name}, {@code position}, {@code published_at}, ...) or {@code content.<field>} (dots reach
 * into objects). Content values sort as text unless {@code :int} or {@code :float} says otherwise. Stories without a
 * value sort last either way; ties keep the default order.
 */
record StorySort(List<Key> keys) {

    enum Kind { TEXT, INT, FLOAT }

    /** One sort key; {@code contentField} is null for a story field, whose value {@code storyField} reads. */
    record Key(String attribute, String contentField, Function<StoryMeta, Comparable<?>> storyField, boolean descending,
               Kind kind) {
    }

    static final StorySort DEFAULT = new StorySort(List.of());

    private static final Map<String, Function<StoryMeta, Comparable<?>>> STORY_FIELDS = Map.ofEntries(
            Map.entry("name", StoryMeta::name), Map.entry("slug", StoryMeta::slug),
            Map.entry("full_slug", StoryMeta::fullSlug), Map.entry("created_at", StoryMeta::createdAt),
            Map.entry("updated_at", StoryMeta::updatedAt), Map.entry("published_at", StoryMeta::publishedAt),
            Map.entry("first_published_at", StoryMeta::firstPublishedAt), Map.entry("sort_by_date", StoryMeta::sortByDate),
            Map.entry("position", StoryMeta::position), Map.entry("id", StoryMeta::id), Map.entry("uuid", StoryMeta::uuid),
            Map.entry("is_startpage", StoryMeta::isStartpage), Map.entry("parent_id", StoryMeta::parentId),
            Map.entry("group_id", StoryMeta::groupId), Map.entry("path", StoryMeta::path));

    StorySort {
        keys = List.copyOf(keys);
    }

    static StorySort parse(String raw) {
        if (raw == null) return DEFAULT;
        var keys = new ArrayList<Key>();
        for (var part : raw.split(",")) {
            if (part.isBlank()) continue;
            keys.add(key(raw, part.strip()));
        }
        return new StorySort(keys);
    }

    private static Key key(String raw, String part) {
        var pieces = part.split(":", -1);
        var attribute = pieces[0];
        boolean descending = false;
        var kind = Kind.TEXT;
        for (int i = 1; i < pieces.length; i++) {
            switch (pieces[i].toLowerCase(Locale.ROOT)) {
                case "asc" -> descending = false;
                case "desc" -> descending = true;
                case "int" -> kind = Kind.INT;
                case "float" -> kind = Kind.FLOAT;
                default -> throw invalid(raw, "unknown modifier '" + pieces[i] + "' (use asc, desc, int or float)");
            }
        }
        if (attribute.startsWith("content.") && attribute.length() > "content.".length()) {
            return new Key(attribute, attribute.substring("content.".length()), null, descending, kind);
        }
        var field = STORY_FIELDS.get(attribute);
        if (field == null) throw invalid(raw, "'" + attribute + "' is no story field; sort content with content.<field>");
        return new Key(attribute, null, field, descending, kind);
    }

    private static BadParameter invalid(String raw, String why) {
        return new BadParameter("sort_by", why + ", in '" + raw + "'");
    }

    boolean isDefault() {
        return keys.isEmpty();
    }

    boolean needsContent() {
        return keys.stream().anyMatch(key -> key.contentField() != null);
    }

    /** The values a story sorts by, one per key; {@code content} may be null when no key reads content. */
    Comparable<?>[] values(DeliveredStory story, JsonNode content) {
        var values = new Comparable<?>[keys.size()];
        for (int i = 0; i < values.length; i++) {
            var key = keys.get(i);
            values[i] = key.contentField() == null ? key.storyField().apply(story.meta)
                    : contentValue(Filter.value(content, key.contentField()), key.kind());
        }
        return values;
    }

    private static Comparable<?> contentValue(JsonNode value, Kind kind) {
        var text = Operation.scalar(value);
        if (text == null) return null;
        if (kind == Kind.TEXT) return text;
        try {
            var number = new BigDecimal(text.strip());
            return kind == Kind.INT ? new BigDecimal(number.toBigInteger()) : number;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** Orders value arrays made by {@link #values}: key by key, missing values last, text case-insensitively first. */
    Comparator<Comparable<?>[]> comparator() {
        return (left, right) -> {
            for (int i = 0; i < keys.size(); i++) {
                int order = compare(left[i], right[i], keys.get(i).descending());
                if (order != 0) return order;
            }
            return 0;
        };
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static int compare(Comparable a, Comparable b, boolean descending) {
        if (a == null || b == null) return a == null ? (b == null ? 0 : 1) : -1;
        int order;
        if (a instanceof String left && b instanceof String right) {
            order = String.CASE_INSENSITIVE_ORDER.compare(left, right);
            if (order == 0) order = left.compareTo(right);
        } else {
            order = a.compareTo(b);
        }
        return descending ? -order : order;
    }
}
