package dev.duet.schema;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The options every field type has, as Storyblok names them, plus the option keys Duet does not know ({@code extra}),
 * kept so that a schema written by another tool comes back unchanged. A null option was not set and stays absent when
 * the schema is written back.
 */
public record FieldBasics(Integer pos, Boolean required, Boolean translatable, JsonNode defaultValue,
                          String description, String displayName, ObjectNode extra) {

    public FieldBasics {
        extra = extra == null ? JsonNodeFactory.instance.objectNode() : extra.deepCopy();
    }

    public boolean isRequired() {
        return Boolean.TRUE.equals(required);
    }

    public boolean isTranslatable() {
        return Boolean.TRUE.equals(translatable);
    }

    /** A copy: the record's own node must not change under it. */
    @Override
    public ObjectNode extra() {
        return extra.deepCopy();
    }
}
