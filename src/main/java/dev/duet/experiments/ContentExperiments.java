package dev.duet.experiments;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * Finding and replacing experiment blocks in a story's content, wherever they stand: in any {@code bloks} field at any
 * depth, or in a richtext {@code blok} node. Pure functions over JSON; the content handed in is never changed.
 */
public final class ContentExperiments {

    private ContentExperiments() {
    }

    /** Every experiment block in {@code content}, in document order (experiments never nest). */
    public static List<ObjectNode> in(JsonNode content) {
        var found = new ArrayList<ObjectNode>();
        collect(content, found);
        return found;
    }

    private static void collect(JsonNode node, List<ObjectNode> found) {
        if (node == null) return;
        if (node instanceof ObjectNode object && ExperimentBlock.isExperiment(object)) {
            found.add(object);
            return;
        }
        if (node.isContainerNode()) node.forEach(child -> collect(child, found));
    }

    /** The experiment with {@code key} in {@code content}, or null. */
    public static ObjectNode find(JsonNode content, String key) {
        return in(content).stream().filter(block -> key.equals(block.path("key").asText(null))).findFirst().orElse(null);
    }

    /**
     * A copy of {@code content} in which the block with {@code uid} is replaced by {@code change} applied to a copy of
     * it. The change may answer a different block (shipping a variant) or the same one altered (a new status).
     */
    public static JsonNode replaced(JsonNode content, String uid, UnaryOperator<JsonNode> change) {
        var copy = content.deepCopy();
        if (isBlock(copy, uid)) return change.apply(copy);
        replaceInside(copy, uid, change);
        return copy;
    }

    private static boolean replaceInside(JsonNode node, String uid, UnaryOperator<JsonNode> change) {
        if (node instanceof ArrayNode array) {
            for (int i = 0; i < array.size(); i++) {
                if (isBlock(array.get(i), uid)) {
                    array.set(i, change.apply(array.get(i)));
                    return true;
                }
                if (replaceInside(array.get(i), uid, change)) return true;
            }
        } else if (node instanceof ObjectNode object) {
            for (var entry : object.properties()) {
                if (isBlock(entry.getValue(), uid)) {
                    entry.setValue(change.apply(entry.getValue()));
                    return true;
                }
                if (replaceInside(entry.getValue(), uid, change)) return true;
            }
        }
        return false;
    }

    private static boolean isBlock(JsonNode node, String uid) {
        return node instanceof ObjectNode && uid.equals(node.path("_uid").asText(null));
    }

    /** The {@code _uid}s of {@code block} and of every block nested in it: where "a click inside" may land. */
    public static Set<String> uidsInside(JsonNode block) {
        var uids = new LinkedHashSet<String>();
        collectUids(block, uids);
        return uids;
    }

    private static void collectUids(JsonNode node, Set<String> uids) {
        if (node == null) return;
        if (node.isObject() && node.path("_uid").isTextual()) uids.add(node.get("_uid").textValue());
        if (node.isContainerNode()) node.forEach(child -> collectUids(child, uids));
    }
}
