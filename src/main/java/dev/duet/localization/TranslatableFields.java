package dev.duet.localization;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.duet.schema.Component;
import dev.duet.schema.FieldType;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The translatable fields of a story's content: every blok (wherever it sits: bloks fields, richtext blok nodes)
 * whose component marks a field {@code translatable}. Bloks fields are containers, never translated themselves (their
 * child bloks' fields are), as in Storyblok.
 */
final class TranslatableFields {

    static final String MARK = "__i18n__";

    /** One translatable field of one blok; {@code blok} is the live content object, so writes go into the content. */
    record Slot(String uid, String component, String field, FieldType type, ObjectNode blok) {

        JsonNode source() {
            return blok.get(field);
        }

        JsonNode translation(String language) {
            return blok.get(key(language));
        }

        String key(String language) {
            return field + MARK + language.replace('-', '_');
        }

        /** How exports name the field: the blok's {@code _uid} and the field key. */
        String id() {
            return uid + "." + field;
        }

        boolean isRichtext() {
            return type instanceof FieldType.RichtextField;
        }

        /** Fields whose text a translator can work on in an export. */
        boolean isText() {
            return switch (type) {
                case FieldType.TextField f -> true;
                case FieldType.TextareaField f -> true;
                case FieldType.MarkdownField f -> true;
                case FieldType.RichtextField f -> true;
                default -> false;
            };
        }
    }

    private TranslatableFields() {
    }

    /** The slots of {@code content} in document order; {@code components} by name. */
    static List<Slot> of(JsonNode content, Map<String, Component> components) {
        var slots = new ArrayList<Slot>();
        walk(content, components, slots);
        return slots;
    }

    private static void walk(JsonNode node, Map<String, Component> components, List<Slot> slots) {
        if (node instanceof ObjectNode object) {
            var component = object.hasNonNull("component") && object.hasNonNull("_uid")
                    ? components.get(object.get("component").asText()) : null;
            if (component != null) {
                var uid = object.get("_uid").asText();
                component.schema().fields().forEach((key, type) -> {
                    if (type.basics().isTranslatable() && type.holdsValue() && !(type instanceof FieldType.BloksField)) {
                        slots.add(new Slot(uid, component.name(), key, type, object));
                    }
                });
            }
            object.forEach(child -> walk(child, components, slots));
        } else if (node != null && node.isArray()) {
            node.forEach(item -> walk(item, components, slots));
        }
    }

    /** A value a reader sees: not null, not "", not [] (an empty translation falls back, as the CDN does). */
    static boolean hasValue(JsonNode value) {
        if (value == null || value.isNull()) return false;
        if (value.isTextual()) return !value.asText().isEmpty();
        if (value.isArray() || value.isObject()) return !value.isEmpty();
        return true;
    }
}
