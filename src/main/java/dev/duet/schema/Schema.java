package dev.duet.schema;

import dev.duet.failure.Problems;
import com.fasterxml.jackson.annotation.JsonValue;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A component's fields by key, in the order they were written. Reads from and writes to Storyblok's schema JSON;
 * a schema in that canonical form comes back byte-for-byte equal as JSON.
 */
public record Schema(Map<String, FieldType> fields) {

    /** A place in a schema that names another component (by name) or component group (by uuid). */
    public record Reference(String path, String target) {
    }

    public Schema {
        fields = Collections.unmodifiableMap(new LinkedHashMap<>(fields));
    }

    /** Reads schema JSON; every problem is reported with a path starting {@code schema.}. */
    public static Schema parse(JsonNode json) {
        var problems = new Problems();
        var schema = SchemaParser.parse(json, "schema", problems);
        problems.throwIfAny("invalid component schema");
        return schema;
    }

    static Schema parse(JsonNode json, Problems problems) {
        return SchemaParser.parse(json, "schema", problems);
    }

    @JsonValue
    public ObjectNode toJson() {
        return SchemaWriter.write(fields);
    }

    public Optional<FieldType> field(String key) {
        return Optional.ofNullable(fields.get(key));
    }

    /** Every component name this schema's whitelists mention, with where. */
    public List<Reference> componentReferences() {
        var references = new ArrayList<Reference>();
        fields.forEach((key, field) -> {
            var whitelist = switch (field) {
                case FieldType.BloksField bloks -> bloks.componentWhitelist();
                case FieldType.RichtextField richtext -> richtext.componentWhitelist();
                case FieldType.MultilinkField link -> link.componentWhitelist();
                default -> null;
            };
            addAll(references, "schema." + key + ".component_whitelist", whitelist);
        });
        return references;
    }

    /** Every component group uuid this schema's bloks fields are restricted to, with where. */
    public List<Reference> groupReferences() {
        var references = new ArrayList<Reference>();
        fields.forEach((key, field) -> {
            if (field instanceof FieldType.BloksField bloks) {
                addAll(references, "schema." + key + ".component_group_whitelist", bloks.componentGroupWhitelist());
            }
        });
        return references;
    }

    /** This schema with every whitelist entry {@code from} replaced by {@code to}; used when a component is renamed. */
    public Schema renamingComponent(String from, String to) {
        var json = toJson();
        for (var field : json) {
            if (field.get("component_whitelist") instanceof ArrayNode whitelist) {
                for (int i = 0; i < whitelist.size(); i++) {
                    if (whitelist.get(i).asText().equals(from)) whitelist.set(i, to);
                }
            }
        }
        return parse(json);
    }

    /** This schema with every group uuid of its bloks fields' whitelists replaced by what {@code map} answers. */
    Schema mappingGroups(java.util.function.UnaryOperator<String> map) {
        if (groupReferences().isEmpty()) return this;
        var json = toJson();
        for (var field : json) {
            if (field.get("component_group_whitelist") instanceof ArrayNode whitelist) {
                for (int i = 0; i < whitelist.size(); i++) whitelist.set(i, map.apply(whitelist.get(i).asText()));
            }
        }
        return parse(json);
    }

    private static void addAll(List<Reference> references, String path, List<String> names) {
        if (names == null) return;
        for (int i = 0; i < names.size(); i++) references.add(new Reference(path + "[" + i + "]", names.get(i)));
    }
}
