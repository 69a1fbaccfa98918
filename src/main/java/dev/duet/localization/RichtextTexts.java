package dev.duet.localization;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.ArrayList;
import java.util.List;

/**
 * The text nodes of a richtext (ProseMirror) document, in document order. Exports give translators one unit per text
 * node ({@code <uid>.<field>.<n>}) instead of JSON they could break; an import rebuilds the translation from the
 * current source document with each text node's text replaced, so marks, links and structure stay the source's.
 */
final class RichtextTexts {

    private RichtextTexts() {
    }

    static List<String> texts(JsonNode doc) {
        var texts = new ArrayList<String>();
        nodes(doc, texts, null);
        return texts;
    }

    /** A copy of {@code doc} whose n-th text node holds {@code replacements.get(n)} where that is not null. */
    static JsonNode replaced(JsonNode doc, List<String> replacements) {
        var copy = doc.deepCopy();
        var nodes = new ArrayList<ObjectNode>();
        nodes(copy, null, nodes);
        for (int i = 0; i < nodes.size() && i < replacements.size(); i++) {
            if (replacements.get(i) != null) nodes.get(i).put("text", replacements.get(i));
        }
        return copy;
    }

    static boolean hasText(JsonNode doc) {
        return texts(doc).stream().anyMatch(text -> !text.isBlank());
    }

    private static void nodes(JsonNode node, List<String> texts, List<ObjectNode> objects) {
        if (!(node instanceof ObjectNode object)) return;
        if ("text".equals(object.path("type").asText()) && object.get("text") != null && object.get("text").isTextual()) {
            if (texts != null) texts.add(object.get("text").asText());
            if (objects != null) objects.add(object);
            return;
        }
        var content = object.get("content");
        if (content != null && content.isArray()) content.forEach(child -> nodes(child, texts, objects));
    }
}
