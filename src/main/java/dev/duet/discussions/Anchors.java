package dev.duet.discussions;

import com.fasterxml.jackson.databind.JsonNode;
import dev.duet.failure.InvalidInput;
import dev.duet.schema.Schema;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Checks a new thread's anchor against the story's current draft: the block must be there, the field must be one its
 * component defines (or one the block holds). Pure: the caller hands in the content and the component schemas.
 */
final class Anchors {

    static final int MAX_FIELD_LENGTH = 200;
    private static final String I18N = "__i18n__";

    private Anchors() {
    }

    /** Every block of the content by {@code _uid}, the root blok first, nested ones (also inside rich text) after. */
    static Map<String, JsonNode> blocks(JsonNode content) {
        var found = new LinkedHashMap<String, JsonNode>();
        collect(content, found);
        return found;
    }

    private static void collect(JsonNode node, Map<String, JsonNode> found) {
        if (node == null) return;
        if (node.isObject()) {
            var uid = node.path("_uid");
            if (uid.isTextual() && node.path("component").isTextual()) found.putIfAbsent(uid.asText(), node);
            node.properties().forEach(entry -> collect(entry.getValue(), found));
        } else if (node.isArray()) {
            node.forEach(item -> collect(item, found));
        }
    }

    /** Throws {@link InvalidInput} naming {@code anchor.block_uid} or {@code anchor.field} when they do not fit. */
    static void check(JsonNode content, Anchor anchor, Function<String, Optional<Schema>> schemaOf) {
        switch (anchor) {
            case Anchor.OnStory story -> { }
            case Anchor.OnBlock block -> block(content, block.blockUid());
            case Anchor.OnField field -> {
                var blok = field.blockUid() == null ? root(content) : block(content, field.blockUid());
                checkField(blok, field.field(), schemaOf);
            }
        }
    }

    private static JsonNode root(JsonNode content) {
        if (content == null || !content.isObject()) {
            throw InvalidInput.field("anchor.field", "this story has no content to comment on");
        }
        return content;
    }

    private static JsonNode block(JsonNode content, String uid) {
        var blok = blocks(content).get(uid);
        if (blok == null) {
            throw InvalidInput.field("anchor.block_uid", "no block with _uid " + uid + " in the story's current draft");
        }
        return blok;
    }

    private static void checkField(JsonNode blok, String field, Function<String, Optional<Schema>> schemaOf) {
        if (field.isBlank() || field.length() > MAX_FIELD_LENGTH) {
            throw InvalidInput.field("anchor.field", "must be a field name of at most " + MAX_FIELD_LENGTH + " characters");
        }
        var component = blok.path("component").asText();
        var base = field.contains(I18N) ? field.substring(0, field.indexOf(I18N)) : field;
        boolean inSchema = schemaOf.apply(component).flatMap(schema -> schema.field(base)).isPresent();
        if (!inSchema && !blok.has(field)) {
            throw InvalidInput.field("anchor.field", "component " + component + " has no field " + field);
        }
    }
}
