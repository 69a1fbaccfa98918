package dev.duet.schema;

import dev.duet.failure.Problems;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.duet.schema.FieldType.MultilinkField;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** Asset, multiasset, multilink and table values: objects of known shapes, as Storyblok's editor writes them. */
final class ObjectChecks {

    static final Set<String> LINK_TYPES = Set.of("story", "url", "email", "asset");

    private ObjectChecks() {
    }

    /** An object with a {@code filename}; with {@code filetypes}, a file of a listed kind (by extension). */
    static void asset(List<FileKind> kinds, JsonNode value, String path, Problems problems) {
        if (!(value instanceof ObjectNode asset)) {
            problems.add(path, "must be an asset object with a filename");
            return;
        }
        var filename = asset.get("filename");
        var filenamePath = Paths.key(path, "filename");
        if (filename == null || filename.isNull() || filename.isTextual() && filename.textValue().isBlank()) {
            problems.add(filenamePath, "required");
        } else if (!filename.isTextual()) {
            problems.add(filenamePath, "must be text");
        } else if (kinds != null && !kinds.isEmpty()) {
            FileKind.ofFile(filename.textValue()).filter(kind -> !kinds.contains(kind)).ifPresent(kind ->
                    problems.add(filenamePath, "must be a file of the kinds " + names(kinds) + ", not " + kind.wireName()));
        }
    }

    static void assets(List<FileKind> kinds, JsonNode value, String path, Problems problems) {
        if (!value.isArray()) {
            problems.add(path, "must be an array of asset objects");
            return;
        }
        for (int i = 0; i < value.size(); i++) asset(kinds, value.get(i), Paths.index(path, i), problems);
    }

    /** An object whose {@code linktype} is story, url, email or asset; email and asset only where the field enables them. */
    static void link(MultilinkField field, JsonNode value, String path, Problems problems) {
        if (!(value instanceof ObjectNode link)) {
            problems.add(path, "must be a link object with a linktype");
            return;
        }
        var type = link.get("linktype");
        var typePath = Paths.key(path, "linktype");
        if (type == null || !type.isTextual() || !LINK_TYPES.contains(type.textValue())) {
            problems.add(typePath, "must be story, url, email or asset");
        } else if (type.textValue().equals("email") && !Boolean.TRUE.equals(field.emailLinkType())) {
            problems.add(typePath, "email links are not enabled on this field (email_link_type)");
        } else if (type.textValue().equals("asset") && !Boolean.TRUE.equals(field.assetLinkType())) {
            problems.add(typePath, "asset links are not enabled on this field (asset_link_type)");
        }
    }

    /** Whether a link points anywhere: Storyblok keeps an emptied link as an object with blank targets. */
    static boolean linksSomewhere(JsonNode link) {
        return List.of("id", "url", "email", "cached_url").stream().anyMatch(key -> {
            var target = link.get(key);
            return target != null && !target.isNull() && !target.asText().isBlank();
        });
    }

    /** {@code {"thead": [...], "tbody": [...]}}. */
    static void table(JsonNode value, String path, Problems problems) {
        if (!value.isObject()) {
            problems.add(path, "must be a table object like {\"thead\": [...], \"tbody\": [...]}");
            return;
        }
        for (var part : List.of("thead", "tbody")) {
            var rows = value.get(part);
            if (rows == null || !rows.isArray()) problems.add(Paths.key(path, part), "must be an array");
        }
    }

    static boolean tableIsEmpty(JsonNode table) {
        return List.of("thead", "tbody").stream().allMatch(part -> {
            var rows = table.get(part);
            return rows == null || rows.isNull() || rows.isArray() && rows.isEmpty();
        });
    }

    private static String names(List<FileKind> kinds) {
        return kinds.stream().map(FileKind::wireName).collect(Collectors.joining(", "));
    }
}
