package dev.duet.schema;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** One {@code {"name": ..., "value": ...}} entry of an option list, with any other keys it had (such as {@code _uid}). */
public record Choice(String name, String value, ObjectNode extra) {

    public Choice {
        extra = extra == null ? JsonNodeFactory.instance.objectNode() : extra.deepCopy();
    }

    @Override
    public ObjectNode extra() {
        return extra.deepCopy();
    }
}
