package dev.duet.delivery;

import com.fasterxml.jackson.core.io.JsonStringEncoder;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.duet.experiments.ExperimentBlock;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * One walk over a story's content when it is loaded: the content type, the fields holding story UUIDs (for
 * {@code resolve_relations}), the stories it links to (multilinks and richtext links, for {@code resolve_links}), and
 * for drafts the visual editor's {@code _editable} marker on every blok, and the experiment blocks at any depth (kept
 * without their variants' content: only what choosing a variation needs, see {@link ExperimentView#combination}).
 */
record ContentScan(String contentType, List<Reference> references, List<String> linkedUuids,
                   List<ExperimentBlock> experiments) {

    /** What the {@code _editable} markers name: the space and the story. */
    record Editable(long spaceId, long storyId) {
    }

    static ContentScan of(JsonNode content, Editable editable) {
        if (content == null || !content.isObject()) return new ContentScan(null, List.of(), List.of(), List.of());
        var found = new Found(new ArrayList<>(), new LinkedHashSet<>(), new ArrayList<>());
        walk(content, editable, found);
        var component = content.path("component");
        return new ContentScan(component.isTextual() ? component.asText() : null,
                found.references.isEmpty() ? List.of() : found.references,
                found.links.isEmpty() ? List.of() : List.copyOf(found.links),
                found.experiments.isEmpty() ? List.of() : List.copyOf(found.experiments));
    }

    private record Found(List<Reference> references, Set<String> links, List<ExperimentBlock> experiments) {
    }

    static boolean isUuid(String text) {
        if (text.length() != 36) return false;
        for (int i = 0; i < 36; i++) {
            char c = text.charAt(i);
            boolean dash = i == 8 || i == 13 || i == 18 || i == 23;
            if (dash ? c != '-' : Character.digit(c, 16) < 0) return false;
        }
        return true;
    }

    private static void walk(JsonNode node, Editable editable, Found found) {
        if (node.isArray()) {
            for (var item : node) walk(item, editable, found);
            return;
        }
        if (!node.isObject()) return;
        var object = (ObjectNode) node;
        var component = object.path("component");
        var uid = object.path("_uid");
        boolean blok = component.isTextual() && uid.isTextual();
        if (blok) collectReferences(object, component.asText(), found.references);
        if (ExperimentBlock.isExperiment(object)) found.experiments.add(withoutContent(ExperimentBlock.of(object)));
        if ("story".equals(object.path("linktype").asText(null))) {
            var target = isUuid(object.path("id").asText("")) ? object.path("id") : object.path("uuid");
            if (target.isTextual() && isUuid(target.asText())) found.links.add(target.asText());
        }
        for (var child : object) walk(child, editable, found);
        if (blok && editable != null) object.put("_editable", marker(editable, component.asText(), uid.asText()));
    }

    /** The block with placeholders for its variants: assigning needs their number, not their content. */
    private static ExperimentBlock withoutContent(ExperimentBlock block) {
        return new ExperimentBlock(block.uid(), block.key(), block.status(),
                Collections.nCopies(block.variants().size(), NullNode.getInstance()), block.variantNames(),
                block.weights(), block.coverage(), block.seed(), block.hashVersion(), block.namespace());
    }

    private static void collectReferences(ObjectNode blok, String component, List<Reference> references) {
        for (var field : blok.properties()) {
            if (field.getKey().equals("_uid") || field.getKey().equals("component")) continue;
            var value = field.getValue();
            if (value.isTextual() && isUuid(value.asText())) {
                references.add(new Reference(component, field.getKey(), List.of(value.asText())));
            } else if (value.isArray() && !value.isEmpty()) {
                var uuids = new ArrayList<String>();
                for (var item : value) if (item.isTextual() && isUuid(item.asText())) uuids.add(item.asText());
                if (!uuids.isEmpty()) references.add(new Reference(component, field.getKey(), uuids));
            }
        }
    }

    /** Exactly the format Storyblok's bridge and SDKs parse: {@code ", "} and {@code ": "} separators, string values. */
    private static String marker(Editable editable, String component, String uid) {
        return "<!--#storyblok#{\"name\": \"" + escape(component) + "\", \"space\": \"" + editable.spaceId()
                + "\", \"uid\": \"" + escape(uid) + "\", \"id\": \"" + editable.storyId() + "\"}-->";
    }

    private static String escape(String text) {
        return new String(JsonStringEncoder.getInstance().quoteAsString(text));
    }
}
