package dev.duet.delivery;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.duet.experiments.ExperimentBlock;

/**
 * Replaces the experiment blocks in a content tree as an {@link ExperimentView} says: wherever one stands (a bloks
 * field, a nested blok, a richtext {@code blok} node's body), it becomes the chosen variant block with an
 * {@code "_experiment"} note {@code {key, uid, variation, variation_name, in_experiment, status[, forced]}} as
 * its last field; blocks
 * left unresolved stay exactly as stored. Experiments nested in a chosen variant are resolved in turn.
 */
final class ExperimentResolver {

    static final String NOTE = "_experiment";

    private ExperimentResolver() {
    }

    /** {@code content} with its experiment blocks resolved: the same node, edited in place, or its replacement. */
    static JsonNode resolve(JsonNode content, ExperimentView view) {
        if (ExperimentBlock.isExperiment(content)) {
            var replaced = replacement((ObjectNode) content, view);
            if (replaced != content) return resolve(replaced, view);
            return content;
        }
        if (content instanceof ArrayNode array) {
            for (int i = 0; i < array.size(); i++) array.set(i, resolve(array.get(i), view));
        } else if (content instanceof ObjectNode object) {
            for (var field : object.properties()) field.setValue(resolve(field.getValue(), view));
        }
        return content;
    }

    /** The variant block to show with its note, or the block itself when it stays unresolved. */
    private static JsonNode replacement(ObjectNode stored, ExperimentView view) {
        var block = ExperimentBlock.of(stored);
        if (block.variants().isEmpty()) return stored;
        return switch (view.choose(block)) {
            case ExperimentView.Unresolved u -> stored;
            case ExperimentView.Shown shown -> noted(block, shown);
        };
    }

    private static JsonNode noted(ExperimentBlock block, ExperimentView.Shown shown) {
        var variant = block.variants().get(shown.variation());
        if (!(variant instanceof ObjectNode object)) return variant;
        object.remove(NOTE);
        var note = object.putObject(NOTE);
        note.put("key", block.key()).put("uid", block.uid()).put("variation", shown.variation())
                .put("variation_name", block.variantNames().get(shown.variation()))
                .put("in_experiment", shown.inExperiment()).put("status", block.status().label());
        if (shown.forced()) note.put("forced", true);
        return object;
    }
}
