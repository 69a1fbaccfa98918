package dev.duet.schema;

import dev.duet.failure.Problems;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Walks a story's bloks: the root must be a content type, nested ones nestable and allowed where they sit. Each blok's
 * fields are checked by its component's schema, translations ({@code key__i18n__lang}) by the same field's rules.
 * Unknown keys are left alone. Gives every blok without a {@code _uid} a new one, in the tree it is handed.
 */
final class BlokChecker {

    private final Map<String, Component> components = new HashMap<>();
    private final Problems problems;
    private final ValueChecker values;
    private final ExperimentChecks experiments;

    BlokChecker(List<Component> components, Problems problems) {
        components.forEach(component -> this.components.put(component.name(), component));
        this.problems = problems;
        this.values = new ValueChecker(this, problems);
        this.experiments = new ExperimentChecks(this, problems);
    }

    void checkRoot(JsonNode content) {
        if (!(content instanceof ObjectNode blok)) {
            problems.add("content", "must be a blok object with a component");
            return;
        }
        ensureUid(blok, "");
        componentOf(blok, "").ifPresent(component -> {
            if (!component.isRoot()) {
                problems.add("component", "\"" + component.name() + "\" is not a content type (its is_root is false)");
            }
            checkFields(blok, component, "");
        });
    }

    void checkNested(JsonNode item, String path, Placement placement) {
        if (!(item instanceof ObjectNode blok)) {
            problems.add(path, "must be a blok object with a component");
            return;
        }
        ensureUid(blok, path);
        if (ExperimentChecks.isExperiment(blok)) {
            experiments.check(blok, path, placement);
            return;
        }
        componentOf(blok, path).ifPresent(component -> {
            var componentPath = Paths.key(path, "component");
            if (!component.isNestable()) {
                problems.add(componentPath, "\"" + component.name() + "\" cannot be nested (its is_nestable is false)");
            } else if (!placement.allows(component)) {
                problems.add(componentPath, "\"" + component.name() + "\" is not allowed here (" + placement.allowed() + ")");
            }
            checkFields(blok, component, path);
        });
    }

    private Optional<Component> componentOf(ObjectNode blok, String path) {
        var name = blok.get("component");
        var componentPath = Paths.key(path, "component");
        if (name == null || name.isNull() || name.isTextual() && name.textValue().isBlank()) {
            problems.add(componentPath, "required");
            return Optional.empty();
        }
        var component = name.isTextual() ? components.get(name.textValue()) : null;
        if (component == null) problems.add(componentPath, "unknown component " + name);
        return Optional.ofNullable(component);
    }

    private void ensureUid(ObjectNode blok, String path) {
        var uid = blok.get("_uid");
        if (uid == null || uid.isNull() || uid.isTextual() && uid.textValue().isBlank()) {
            blok.put("_uid", UUID.randomUUID().toString());
        } else if (!uid.isTextual()) {
            problems.add(Paths.key(path, "_uid"), "must be text");
        }
    }

    private void checkFields(ObjectNode blok, Component component, String path) {
        var schema = component.schema();
        schema.fields().forEach((key, field) -> {
            if (field.holdsValue()) values.check(field, blok.get(key), Paths.key(path, key), false);
        });
        for (var entry : blok.properties()) {
            int mark = entry.getKey().indexOf(SchemaParser.TRANSLATION_MARK);
            if (mark <= 0 || mark + SchemaParser.TRANSLATION_MARK.length() == entry.getKey().length()) continue;
            schema.field(entry.getKey().substring(0, mark)).filter(FieldType::holdsValue).ifPresent(field ->
                    values.check(field, entry.getValue(), Paths.key(path, entry.getKey()), true));
        }
    }
}
