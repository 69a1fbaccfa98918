package dev.duet.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;

/**
 * Reading an OpenAPI 3.1 document the way the checks in {@link OpenApiIT} need it: operations keyed like the server's
 * route table ({@code "GET /api/spaces/{space_id}"}), local {@code $ref}s followed, and every schema visited.
 */
record OpenApiDocument(JsonNode root) {

    private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "options", "head", "patch", "trace");
    /** The keywords under which a schema holds further schemas, and whether they hold one, a list or a map of them. */
    private static final Set<String> ONE_SCHEMA = Set.of("items", "not", "propertyNames", "contains", "if", "then", "else");
    private static final Set<String> SCHEMA_LISTS = Set.of("allOf", "anyOf", "oneOf", "prefixItems");
    private static final Set<String> SCHEMA_MAPS = Set.of("properties", "patternProperties", "$defs");

    /** One operation with the path template it belongs to. */
    record Operation(String method, String path, JsonNode node) {
        String key() {
            return method.toUpperCase() + " " + path;
        }
    }

    List<Operation> operations() {
        var operations = new ArrayList<Operation>();
        root.path("paths").properties().forEach(path -> path.getValue().properties().forEach(entry -> {
            if (METHODS.contains(entry.getKey())) operations.add(new Operation(entry.getKey(), path.getKey(), entry.getValue()));
        }));
        return operations;
    }

    Map<String, Operation> operationsByKey() {
        var byKey = new LinkedHashMap<String, Operation>();
        operations().forEach(operation -> byKey.put(operation.key(), operation));
        return byKey;
    }

    /** The node a local reference ({@code #/components/...}) points at; missing when it points nowhere. */
    JsonNode target(String reference) {
        if (!reference.startsWith("#")) return MissingNode.getInstance();
        return root.at(reference.substring(1));
    }

    /** The node itself, or what its {@code $ref} points at (followed until no reference is left). */
    JsonNode resolve(JsonNode node) {
        var current = node;
        for (int hops = 0; current.has("$ref") && hops < 10; hops++) current = target(current.get("$ref").asText());
        return current;
    }

    /** The parameters of an operation and of its path item, resolved. */
    List<JsonNode> parameters(Operation operation) {
        var parameters = new ArrayList<JsonNode>();
        root.path("paths").path(operation.path()).path("parameters").forEach(p -> parameters.add(resolve(p)));
        operation.node().path("parameters").forEach(p -> parameters.add(resolve(p)));
        return parameters;
    }

    /** Every {@code $ref} in the document, with the JSON pointer of the object that holds it. */
    Map<String, String> references() {
        var references = new LinkedHashMap<String, String>();
        walk(root, "", (pointer, node) -> {
            if (node.has("$ref")) references.put(pointer, node.get("$ref").asText());
        });
        return references;
    }

    /**
     * Visits every schema: those under {@code components/schemas}, every {@code schema} of a parameter, header or
     * media type, and every schema nested in those, with its JSON pointer.
     */
    void forEachSchema(BiConsumer<String, JsonNode> visitor) {
        root.path("components").path("schemas").properties()
                .forEach(entry -> visitSchema("/components/schemas/" + entry.getKey(), entry.getValue(), visitor));
        walk(root, "", (pointer, node) -> {
            // examples are data, not schemas, even where they hold a key named "schema" (a component's fields)
            if (node.has("schema") && node.get("schema").isObject() && !pointer.startsWith("/components/schemas")
                    && !pointer.contains("/example")) {
                visitSchema(pointer + "/schema", node.get("schema"), visitor);
            }
        });
    }

    private static void visitSchema(String pointer, JsonNode schema, BiConsumer<String, JsonNode> visitor) {
        if (!schema.isObject()) return;
        visitor.accept(pointer, schema);
        schema.properties().forEach(entry -> {
            var keyword = entry.getKey();
            var value = entry.getValue();
            var here = pointer + "/" + keyword;
            if (ONE_SCHEMA.contains(keyword) || keyword.equals("additionalProperties")) visitSchema(here, value, visitor);
            if (SCHEMA_LISTS.contains(keyword)) {
                for (int i = 0; i < value.size(); i++) visitSchema(here + "/" + i, value.get(i), visitor);
            }
            if (SCHEMA_MAPS.contains(keyword)) {
                value.properties().forEach(p -> visitSchema(here + "/" + escape(p.getKey()), p.getValue(), visitor));
            }
        });
    }

    private static void walk(JsonNode node, String pointer, BiConsumer<String, JsonNode> visitor) {
        if (node.isObject()) {
            visitor.accept(pointer, node);
            node.properties().forEach(entry -> walk(entry.getValue(), pointer + "/" + escape(entry.getKey()), visitor));
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) walk(node.get(i), pointer + "/" + i, visitor);
        }
    }

    /** A key as a JSON pointer segment (RFC 6901). */
    static String escape(String key) {
        return key.replace("~", "~0").replace("/", "~1");
    }
}
