package dev.duet.schema;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import dev.duet.schema.SchemaPlan.AttributeChange;
import dev.duet.schema.SchemaPlan.Change;
import dev.duet.schema.SchemaPlan.ComponentChange;
import dev.duet.schema.SchemaPlan.FieldChange;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.UnaryOperator;

/**
 * The differences between a stored component and the files' version of it: its own attributes (its group by name,
 * not uuid, so people can read it), each field added, removed, renamed or changed attribute by attribute, and the
 * order of the fields. Pure and deterministic.
 */
final class ComponentDiff {

    private ComponentDiff() {
    }

    /** Null when the two are the same; {@code renames} maps old field keys to new ones. */
    static ComponentChange between(ComponentDraft old, ComponentDraft wanted, Map<String, String> renames,
                                   UnaryOperator<String> oldGroupName, UnaryOperator<String> newGroupName) {
        var attributes = attributes(attributesOf(old, oldGroupName), attributesOf(wanted, newGroupName));
        var fields = fields(old.schema(), wanted.schema(), renames);
        var order = fieldOrder(old.schema(), wanted.schema(), renames);
        if (order != null) attributes.add(order);
        boolean renamed = !old.name().equals(wanted.name());
        if (!renamed && attributes.isEmpty() && fields.isEmpty()) {
            if (old.toFileJson().equals(wanted.toFileJson())) return null;
            // a difference none of the above names (should not happen): still shown rather than hidden
            attributes.add(new AttributeChange("schema", old.schema().toJson(), wanted.schema().toJson()));
        }
        return new ComponentChange(renamed ? Change.RENAMED : Change.CHANGED, wanted.name(), renamed ? old.name() : null,
                attributes, fields);
    }

    /** A new component: its attributes that differ from a new component's defaults, and every field. */
    static ComponentChange added(ComponentDraft wanted, UnaryOperator<String> groupName) {
        var defaults = Map.<String, JsonNode>of("is_root", BooleanNode.FALSE, "is_nestable", BooleanNode.TRUE);
        var attributes = attributes(defaults, attributesOf(wanted, groupName));
        var fields = new ArrayList<FieldChange>();
        wanted.schema().fields().forEach((key, field) -> fields.add(new FieldChange(Change.ADDED, key, null, field.typeName(), null)));
        return new ComponentChange(Change.ADDED, wanted.name(), null, attributes, fields);
    }

    static ComponentChange removed(Component old) {
        var fields = new ArrayList<FieldChange>();
        old.schema().fields().forEach((key, field) -> fields.add(new FieldChange(Change.REMOVED, key, null, field.typeName(), null)));
        return new ComponentChange(Change.REMOVED, old.name(), null, List.of(), fields);
    }

    private static List<FieldChange> fields(Schema old, Schema wanted, Map<String, String> renames) {
        var fromOf = new HashMap<String, String>();
        renames.forEach((from, to) -> fromOf.put(to, from));
        var changes = new ArrayList<FieldChange>();
        var kept = new LinkedHashSet<String>();
        wanted.fields().forEach((key, field) -> {
            var oldKey = fromOf.getOrDefault(key, key);
            var before = old.fields().get(oldKey);
            if (before == null) {
                changes.add(new FieldChange(Change.ADDED, key, null, field.typeName(), null));
                return;
            }
            kept.add(oldKey);
            var attributes = attributes(entries(SchemaWriter.write(before)), entries(SchemaWriter.write(field)));
            if (!oldKey.equals(key)) {
                changes.add(new FieldChange(Change.RENAMED, key, oldKey, field.typeName(), attributes));
            } else if (!attributes.isEmpty()) {
                changes.add(new FieldChange(Change.CHANGED, key, null, field.typeName(), attributes));
            }
        });
        old.fields().forEach((key, field) -> {
            if (!kept.contains(key)) changes.add(new FieldChange(Change.REMOVED, key, null, field.typeName(), null));
        });
        return changes;
    }

    /** The fields both sides have, in the old order (by their new keys) against the new order, when they differ. */
    private static AttributeChange fieldOrder(Schema old, Schema wanted, Map<String, String> renames) {
        var before = JsonNodeFactory.instance.arrayNode();
        old.fields().keySet().stream().map(key -> renames.getOrDefault(key, key))
                .filter(wanted.fields()::containsKey).forEach(before::add);
        var after = JsonNodeFactory.instance.arrayNode();
        var renamedTo = new LinkedHashSet<>(renames.values());
        wanted.fields().keySet().stream()
                .filter(key -> old.fields().containsKey(key) || renamedTo.contains(key))
                .forEach(after::add);
        return before.equals(after) ? null : new AttributeChange("field_order", before, after);
    }

    private static Map<String, JsonNode> attributesOf(ComponentDraft component, UnaryOperator<String> groupName) {
        var attributes = new LinkedHashMap<String, JsonNode>();
        attributes.put("display_name", text(component.displayName()));
        attributes.put("is_root", BooleanNode.valueOf(component.isRoot()));
        attributes.put("is_nestable", BooleanNode.valueOf(component.isNestable()));
        attributes.put("component_group", text(groupName.apply(component.componentGroupUuid())));
        attributes.put("preview_field", text(component.previewField()));
        attributes.put("image", text(component.image()));
        attributes.put("color", text(component.color()));
        attributes.put("icon", text(component.icon()));
        attributes.values().removeIf(Objects::isNull);
        return attributes;
    }

    private static Map<String, JsonNode> entries(ObjectNode json) {
        var entries = new LinkedHashMap<String, JsonNode>();
        json.properties().forEach(entry -> entries.put(entry.getKey(), entry.getValue()));
        return entries;
    }

    /** Each key whose value differs: the new side's keys in order, then those only the old side has. */
    private static List<AttributeChange> attributes(Map<String, JsonNode> old, Map<String, JsonNode> wanted) {
        var changes = new ArrayList<AttributeChange>();
        var keys = new LinkedHashSet<>(wanted.keySet());
        keys.addAll(old.keySet());
        for (var key : keys) {
            var from = old.get(key);
            var to = wanted.get(key);
            if (!Objects.equals(from, to)) changes.add(new AttributeChange(key, from, to));
        }
        return changes;
    }

    private static JsonNode text(String value) {
        return value == null ? null : TextNode.valueOf(value);
    }
}
