package dev.duet.assets;

import dev.duet.failure.InvalidInput;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

/**
 * What a library listing shows: {@code search} matches name, title and alt text (case-insensitive); {@code folderId}
 * lists one folder's assets (0: those at the top level; null: all); {@code types} keeps those types (empty: all);
 * {@code sort} is one of {@link #SORTS} with {@code :asc} or {@code :desc}.
 */
public record AssetFilter(String search, Long folderId, List<MediaType> types, String sortColumn, boolean descending) {

    /** Sort names as the API spells them, and their columns. */
    static final Map<String, String> SORTS = Map.of("created_at", "created_at", "updated_at", "updated_at",
            "short_filename", "name", "content_length", "size");

    public static final AssetFilter ALL = new AssetFilter(null, null, List.of(), "created_at", true);

    public AssetFilter {
        types = List.copyOf(types);
        if (!SORTS.containsValue(sortColumn)) throw new IllegalArgumentException("unknown sort column " + sortColumn);
    }

    /** Reads the query parameters {@code search}, {@code in_folder}, {@code type} and {@code sort_by}. */
    public static AssetFilter of(String search, Long inFolder, String type, String sortBy) {
        return new AssetFilter(search == null || search.isBlank() ? null : search.strip(), inFolder, types(type),
                sortColumn(sortBy), sortBy == null || sortBy.isBlank() || !sortBy.strip().endsWith(":asc"));
    }

    /** Comma-separated kinds (images, videos, texts) or extensions (jpg, png, svg ...). */
    private static List<MediaType> types(String type) {
        if (type == null || type.isBlank()) return List.of();
        var found = new LinkedHashSet<MediaType>();
        for (var name : type.split(",")) {
            var wanted = name.strip().toLowerCase(java.util.Locale.ROOT);
            var ofKind = MediaType.ofKind(wanted);
            if (!ofKind.isEmpty()) {
                found.addAll(ofKind);
                continue;
            }
            var ofExtension = new ArrayList<MediaType>();
            for (var candidate : MediaType.values()) {
                if (candidate.extension().equals(wanted) || candidate == MediaType.JPEG && wanted.equals("jpeg")) ofExtension.add(candidate);
            }
            if (ofExtension.isEmpty()) {
                throw InvalidInput.field("type", "must be images, videos, texts or a type like jpg, png, gif, webp, svg, pdf, mp4; got " + name.strip());
            }
            found.addAll(ofExtension);
        }
        return List.copyOf(found);
    }

    private static String sortColumn(String sortBy) {
        if (sortBy == null || sortBy.isBlank()) return "created_at";
        var parts = sortBy.strip().split(":", -1);
        var column = SORTS.get(parts[0]);
        if (column == null || parts.length > 2 || parts.length == 2 && !parts[1].equals("asc") && !parts[1].equals("desc")) {
            throw InvalidInput.field("sort_by", "must be created_at, updated_at, short_filename or content_length, "
                    + "optionally with :asc or :desc; got " + sortBy);
        }
        return column;
    }
}
