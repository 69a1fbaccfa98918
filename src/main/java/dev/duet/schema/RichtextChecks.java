package dev.duet.schema;

import dev.duet.failure.Problems;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.duet.schema.FieldType.RichtextField;

import java.util.Set;

/**
 * Rich text: a ProseMirror document ({@code {"type": "doc", "content": [...]}}) whose nodes are objects with a type.
 * Embedded {@code blok} nodes carry bloks in {@code attrs.body}; they are checked like the items of a bloks field.
 */
final class RichtextChecks {

    /** Nodes that hold nothing a reader sees unless they contain text or other nodes. */
    private static final Set<String> CONTAINERS = Set.of("doc", "paragraph", "heading", "hard_break", "text");

    private final BlokChecker bloks;
    private final Problems problems;

    RichtextChecks(BlokChecker bloks, Problems problems) {
        this.bloks = bloks;
        this.problems = problems;
    }

    void check(RichtextField field, JsonNode value, String path) {
        if (!(value instanceof ObjectNode doc) || !"doc".equals(doc.path("type").asText(null))) {
            problems.add(path, "must be a rich text document: an object with \"type\": \"doc\"");
            return;
        }
        walk(doc, path, Placement.of(field));
    }

    /** Whether a document has any text or non-container node; an editor's emptied field is a doc with a blank paragraph. */
    static boolean hasContent(JsonNode node) {
        if (!node.isObject()) return false;
        var type = node.path("type").asText("");
        if (!CONTAINERS.contains(type)) return true;
        if (type.equals("text") && !node.path("text").asText("").isBlank()) return true;
        for (var child : node.path("content")) {
            if (hasContent(child)) return true;
        }
        return false;
    }

    private void walk(ObjectNode node, String path, Placement placement) {
        if ("blok".equals(node.path("type").asText())) checkBlokNode(node, path, placement);
        var content = node.get("content");
        if (content == null || content.isNull()) return;
        var contentPath = Paths.key(path, "content");
        if (!content.isArray()) {
            problems.add(contentPath, "must be an array of nodes");
            return;
        }
        for (int i = 0; i < content.size(); i++) {
            var childPath = Paths.index(contentPath, i);
            if (content.get(i) instanceof ObjectNode child && child.path("type").isTextual()) walk(child, childPath, placement);
            else problems.add(childPath, "must be a node object with a type");
        }
    }

    private void checkBlokNode(ObjectNode node, String path, Placement placement) {
        var body = node.path("attrs").get("body");
        var bodyPath = Paths.key(Paths.key(path, "attrs"), "body");
        if (body == null || body.isNull()) return;
        if (!body.isArray()) {
            problems.add(bodyPath, "must be an array of bloks");
            return;
        }
        for (int i = 0; i < body.size(); i++) bloks.checkNested(body.get(i), Paths.index(bodyPath, i), placement);
    }
}
