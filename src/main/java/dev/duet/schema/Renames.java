package dev.duet.schema;

import com.fasterxml.jackson.databind.JsonNode;
import dev.duet.failure.Problems;

import java.util.ArrayList;
import java.util.List;

/**
 * The renames a schema change asks for explicitly. A field or component missing from the new files could have been
 * renamed or dropped; only the writer knows which, so a rename is never guessed. {@code FieldRename.component} is the
 * component's name in the new files.
 */
public record Renames(List<FieldRename> fields, List<ComponentRename> components) {

    public record FieldRename(String component, String from, String to) {
    }

    public record ComponentRename(String from, String to) {
    }

    public static final Renames NONE = new Renames(List.of(), List.of());

    public Renames {
        fields = List.copyOf(fields);
        components = List.copyOf(components);
    }

    /** Reads {@code "renames": [{"component", "from", "to"}]} and {@code "component_renames": [{"from", "to"}]}. */
    public static Renames parse(JsonNode body) {
        var problems = new Problems();
        var fields = new ArrayList<FieldRename>();
        each(body.get("renames"), "renames", problems, (item, path) -> {
            var component = text(item, "component", path, problems);
            var from = text(item, "from", path, problems);
            var to = text(item, "to", path, problems);
            if (component != null && from != null && to != null) {
                fields.add(new FieldRename(ComponentDraft.normaliseName(component), from.strip(), to.strip()));
            }
        });
        var components = new ArrayList<ComponentRename>();
        each(body.get("component_renames"), "component_renames", problems, (item, path) -> {
            var from = text(item, "from", path, problems);
            var to = text(item, "to", path, problems);
            if (from != null && to != null) {
                components.add(new ComponentRename(ComponentDraft.normaliseName(from), ComponentDraft.normaliseName(to)));
            }
        });
        problems.throwIfAny("invalid renames");
        return new Renames(fields, components);
    }

    private interface ItemReader {
        void read(JsonNode item, String path);
    }

    private static void each(JsonNode list, String key, Problems problems, ItemReader reader) {
        if (list == null || list.isNull()) return;
        if (!list.isArray()) {
            problems.add(key, "must be an array");
            return;
        }
        for (int i = 0; i < list.size(); i++) {
            var path = key + "[" + i + "]";
            if (list.get(i).isObject()) reader.read(list.get(i), path);
            else problems.add(path, "must be an object");
        }
    }

    private static String text(JsonNode item, String key, String path, Problems problems) {
        var value = item.get(key);
        if (value == null || !value.isTextual() || value.textValue().isBlank()) {
            problems.add(path + "." + key, "required: a name");
            return null;
        }
        return value.textValue();
    }
}
