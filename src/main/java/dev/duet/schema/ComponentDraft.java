package dev.duet.schema;

import dev.duet.failure.Problems;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.duet.failure.InvalidInput;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * What a component is created or replaced with, read from the {@code "component"} object of a request and checked on
 * its own. Whether its whitelists, group and name fit the space is checked by {@link Components}, which knows it.
 */
public record ComponentDraft(String name, String displayName, Schema schema, boolean isRoot, boolean isNestable,
                             String componentGroupUuid, String previewField, String image, String color, String icon) {

    private static final Pattern NAME = Pattern.compile("^[a-z0-9_-]+$");
    private static final Pattern COLOR = Pattern.compile("^#([0-9a-fA-F]{3}|[0-9a-fA-F]{6})$");
    private static final int MAX_NAME = 100;

    /** Reads a component object; every problem is reported with its path ({@code name}, {@code schema.title.type}). */
    public static ComponentDraft parse(JsonNode json) {
        if (!(json instanceof ObjectNode object)) {
            throw InvalidInput.field("component", "must be an object like {\"name\": \"hero\", \"schema\": {...}}");
        }
        var problems = new Problems();
        var reader = new OptionReader(object, "", problems);
        var name = name(reader);
        var displayName = limited(reader, "display_name", 200);
        var schema = Schema.parse(reader.raw("schema"), problems);
        var isRoot = reader.flag("is_root");
        var isNestable = reader.flag("is_nestable");
        var group = blankToNull(reader.text("component_group_uuid"));
        var previewField = previewField(reader, schema);
        var image = limited(reader, "image", 2000);
        var color = color(reader);
        var icon = limited(reader, "icon", 100);
        problems.throwIfAny("invalid component");
        return new ComponentDraft(name, displayName, schema, Boolean.TRUE.equals(isRoot), !Boolean.FALSE.equals(isNestable),
                group, previewField, image, color, icon);
    }

    /** The stored component as a draft: what it would take to write it again. */
    static ComponentDraft of(Component component) {
        return new ComponentDraft(component.name(), component.displayName(), component.schema(), component.isRoot(),
                component.isNestable(), component.componentGroupUuid(), component.previewField(), component.image(),
                component.color(), component.icon());
    }

    /** This draft with its group and group whitelists pointing at other uuids ({@code map} answers each new one). */
    ComponentDraft mappingGroups(java.util.function.UnaryOperator<String> map) {
        return new ComponentDraft(name, displayName, schema.mappingGroups(map), isRoot, isNestable,
                componentGroupUuid == null ? null : map.apply(componentGroupUuid), previewField, image, color, icon);
    }

    /** This draft under another name. */
    ComponentDraft named(String newName) {
        return new ComponentDraft(newName, displayName, schema, isRoot, isNestable, componentGroupUuid, previewField, image,
                color, icon);
    }

    /**
     * The component as a schema file holds it: the keys in one fixed order, the schema last, unset options left out,
     * so that files written twice are byte-for-byte equal and their git diffs show only real changes.
     */
    public ObjectNode toFileJson() {
        var json = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode();
        json.put("name", name);
        if (displayName != null) json.put("display_name", displayName);
        json.put("is_root", isRoot);
        json.put("is_nestable", isNestable);
        if (componentGroupUuid != null) json.put("component_group_uuid", componentGroupUuid);
        if (previewField != null) json.put("preview_field", previewField);
        if (image != null) json.put("image", image);
        if (color != null) json.put("color", color);
        if (icon != null) json.put("icon", icon);
        json.set("schema", schema.toJson());
        return json;
    }

    /** Lowercase with spaces as underscores, the way editors type names ("Hero Banner" is hero_banner). */
    static String normaliseName(String name) {
        return name.strip().toLowerCase(Locale.ROOT).replaceAll("\\s+", "_");
    }

    private static String name(OptionReader reader) {
        var raw = reader.text("name");
        if (raw == null || raw.isBlank()) {
            reader.problem("name", "required");
            return null;
        }
        var name = normaliseName(raw);
        if (!NAME.matcher(name).matches()) {
            reader.problem("name", "\"" + raw + "\" is not a valid component name (use a-z, 0-9, _ and -; spaces become _)");
        } else if (name.length() > MAX_NAME) {
            reader.problem("name", "must be at most " + MAX_NAME + " characters");
        }
        return name;
    }

    private static String previewField(OptionReader reader, Schema schema) {
        var key = blankToNull(reader.text("preview_field"));
        if (key != null && schema.field(key).filter(FieldType::holdsValue).isEmpty()) {
            reader.problem("preview_field", "names no field of the schema: \"" + key + "\"");
        }
        return key;
    }

    private static String color(OptionReader reader) {
        var color = blankToNull(reader.text("color"));
        if (color != null && !COLOR.matcher(color).matches()) reader.problem("color", "must be a hex colour like #1b243f");
        return color;
    }

    private static String limited(OptionReader reader, String key, int max) {
        var value = blankToNull(reader.text(key));
        if (value != null && value.length() > max) reader.problem(key, "must be at most " + max + " characters");
        return value;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
