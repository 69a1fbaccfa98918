package dev.duet.schema;

import dev.duet.failure.Problems;
import com.fasterxml.jackson.databind.JsonNode;

import java.util.List;

/**
 * Validates a story's content (its root blok and every nested blok) against the space's component schemas.
 * Contract used by the content feature: returns the content to store (a copy, with missing {@code _uid}s filled in),
 * or throws {@code InvalidInput} listing every problem with its path ({@code body[2].headline: required}).
 * Thread-safe; reads the space's components once per call.
 */
public final class ContentValidator {

    private final Components components;

    public ContentValidator(Components components) {
        this.components = components;
    }

    public JsonNode validate(long spaceId, JsonNode content) {
        return validate(components.all(spaceId), content);
    }

    /** The same check against components already at hand. */
    static JsonNode validate(List<Component> components, JsonNode content) {
        var copy = content == null ? null : content.deepCopy();
        var problems = new Problems();
        new BlokChecker(components, problems).checkRoot(copy);
        problems.throwIfAny("content does not match the component schemas");
        return copy;
    }
}
