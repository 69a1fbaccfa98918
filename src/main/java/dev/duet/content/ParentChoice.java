package dev.duet.content;

import com.fasterxml.jackson.databind.JsonNode;
import dev.duet.failure.InvalidInput;

/** Which folder a request puts a story in: the one it is in, the root, or a given folder. */
public sealed interface ParentChoice {

    record Unchanged() implements ParentChoice {
    }

    record Root() implements ParentChoice {
    }

    record Folder(long id) implements ParentChoice {
    }

    /** Reads a {@code parent_id} field: absent keeps the folder, {@code null} or {@code 0} is the root. */
    public static ParentChoice of(String path, JsonNode node) {
        if (node == null || node.isMissingNode()) return new Unchanged();
        if (node.isNull()) return new Root();
        if (node.canConvertToExactIntegral() && node.canConvertToLong() && node.asLong() >= 0) {
            return node.asLong() == 0 ? new Root() : new Folder(node.asLong());
        }
        throw InvalidInput.field(path, "must be a folder id, or null or 0 for the root, got " + node);
    }

    /** The folder id this choice leads to from {@code current} ({@code null} is the root). */
    default Long resolve(Long current) {
        return switch (this) {
            case Unchanged unchanged -> current;
            case Root root -> null;
            case Folder folder -> folder.id();
        };
    }
}
