package dev.duet.content;

import dev.duet.failure.InvalidInput;

import java.util.List;
import java.util.Locale;

/**
 * What a story list asks for; null fields do not filter. {@code parent} is {@link ParentChoice.Unchanged} for "any
 * folder". {@code tags} match stories with any of them.
 */
public record StoryFilter(ParentChoice parent, String startsWith, Boolean isFolder, String component, List<String> tags,
                          Story.Status status, String search, String updatedBy, Sort sort) {

    public StoryFilter {
        tags = tags == null ? List.of() : List.copyOf(tags);
    }

    /** An order of a list: a field and a direction, read from {@code name}, {@code name:asc} or {@code name:desc}. */
    public record Sort(Field field, boolean descending) {

        public static final Sort DEFAULT = new Sort(Field.POSITION, false);

        public enum Field { POSITION, NAME, UPDATED_AT, CREATED_AT }

        public static Sort parse(String raw) {
            if (raw == null || raw.isBlank()) return DEFAULT;
            var parts = raw.strip().toLowerCase(Locale.ROOT).split(":", -1);
            var direction = parts.length == 2 ? parts[1] : "asc";
            var field = java.util.Arrays.stream(Field.values())
                    .filter(f -> f.name().toLowerCase(Locale.ROOT).equals(parts[0])).findFirst();
            if (parts.length > 2 || field.isEmpty() || !(direction.equals("asc") || direction.equals("desc"))) {
                throw InvalidInput.field("sort_by", "must be position, name, updated_at or created_at, optionally "
                        + "followed by :asc or :desc, got " + raw);
            }
            return new Sort(field.get(), direction.equals("desc"));
        }

        String sql() {
            var column = field.name().toLowerCase(Locale.ROOT);
            var order = descending ? " DESC" : " ASC";
            return column + order + ", id" + order;
        }
    }

    public static Story.Status status(String raw) {
        if (raw == null || raw.isBlank()) return null;
        return switch (raw.strip()) {
            case "draft" -> Story.Status.DRAFT;
            case "published" -> Story.Status.PUBLISHED;
            case "changed" -> Story.Status.CHANGED;
            default -> throw InvalidInput.field("status", "must be draft, published or changed, got " + raw);
        };
    }
}
