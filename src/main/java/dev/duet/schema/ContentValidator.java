package dev.duet.schema;

import com.fasterxml.jackson.databind.JsonNode;
import dev.duet.storage.Database;

/**
 * Validates a story's content (its root blok and every nested blok) against the space's component schemas.
 * Contract used by the content feature: returns the content to store (with missing {@code _uid}s filled in), or
 * throws {@code InvalidInput} listing every problem with its path ({@code body[2].headline: required}).
 */
public final class ContentValidator {

    private final Database db;

    public ContentValidator(Database db) {
        this.db = db;
    }

    public JsonNode validate(long spaceId, JsonNode content) {
        // Implemented by the schema feature work (issue 2); until then content is stored as given.
        return content;
    }
}
