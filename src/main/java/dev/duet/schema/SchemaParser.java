package dev.duet.schema;

import dev.duet.failure.Problems;
import com.fasterxml.jackson.databind.JsonNode;

import java.util.LinkedHashMap;
import java.util.Set;
import java.util.regex.Pattern;

/** Reads a component's schema JSON ({@code {"title": {"type": "text", ...}, ...}}) field by field, keeping their order. */
final class SchemaParser {

    /** Field keys become keys of content JSON and of translations ({@code title__i18n__de}), hence the strict shape. */
    private static final Pattern KEY = Pattern.compile("^[a-z_][a-z0-9_]*$");
    /** Layout entries hold no content; Storyblok names tabs {@code tab-<uuid>}, so hyphens are allowed there. */
    private static final Pattern LAYOUT_KEY = Pattern.compile("^[a-z_][a-z0-9_-]*$");
    private static final Set<String> RESERVED = Set.of("component", "_uid", "_editable");
    static final String TRANSLATION_MARK = "__i18n__";

    private SchemaParser() {
    }

    static Schema parse(JsonNode json, String path, Problems problems) {
        var fields = new LinkedHashMap<String, FieldType>();
        if (json == null || json.isNull() || json.isMissingNode()) return new Schema(fields);
        if (!json.isObject()) {
            problems.add(path, "must be an object of fields, like {\"title\": {\"type\": \"text\"}}");
            return new Schema(fields);
        }
        for (var entry : json.properties()) {
            var fieldPath = Paths.key(path, entry.getKey());
            var field = FieldParser.parse(entry.getValue(), fieldPath, problems);
            if (field != null && checkKey(entry.getKey(), field, fieldPath, problems)) fields.put(entry.getKey(), field);
        }
        return new Schema(fields);
    }

    private static boolean checkKey(String key, FieldType field, String path, Problems problems) {
        if (RESERVED.contains(key)) {
            problems.add(path, "\"" + key + "\" is reserved for Duet and cannot be a field key");
        } else if (key.contains(TRANSLATION_MARK)) {
            problems.add(path, "field keys cannot contain " + TRANSLATION_MARK + " (it marks translations)");
        } else if (!(field.holdsValue() ? KEY : LAYOUT_KEY).matcher(key).matches()) {
            problems.add(path, "\"" + key + "\" is not a valid field key (use a-z, 0-9 and _, not starting with a digit)");
        } else {
            return true;
        }
        return false;
    }
}
