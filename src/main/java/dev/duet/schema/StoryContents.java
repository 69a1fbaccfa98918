package dev.duet.schema;

import com.fasterxml.jackson.databind.JsonNode;
import org.jdbi.v3.core.Handle;

import java.util.List;

/**
 * What applying a schema needs from the stories of a space. The content feature provides it (content depends on
 * schema, so schema names what it needs and content fills it in): reading every story's content to plan, and
 * migrating content in the same transaction as the schema change, through content's own versioning and events.
 */
public interface StoryContents {

    /**
     * One story or folder: its draft content, and its published content when a version other than the draft is
     * published (null otherwise). Folders have no content but may name a default content type.
     */
    record StoryContent(long storyId, String fullSlug, boolean isFolder, String defaultRoot, JsonNode draft,
                        JsonNode published) {
    }

    /** How content changes. {@code rewrite} answers its argument itself when nothing changes. */
    interface Rewrite {
        JsonNode rewrite(JsonNode content);

        /** The name a content type has after the change; null when it is removed. */
        String contentType(String component);
    }

    /** The schema side of one migration, run inside its transaction. */
    interface Migration<R> {
        /** Checks and writes the schema change through {@code handle}; throwing leaves everything as it was. */
        Step<R> prepare(Handle handle, List<StoryContent> stories);
    }

    /** What the schema side decided: its result, how content changes, and the message new versions carry. */
    record Step<R>(R result, Rewrite rewrite, String message) {
    }

    /** The schema side's result and how many stories got new versions, and how many of them were republished. */
    record Migrated<R>(R result, int storiesMigrated, int storiesRepublished) {
    }

    /** Every story and folder of the space, by id; 404 for an unknown space. */
    List<StoryContent> read(long spaceId);

    /**
     * In one transaction holding the space's write lock: reads the stories, runs {@code migration}, then stores each
     * story's rewritten content as new versions (published stories stay published on their rewritten content) and
     * tells content listeners once it committed.
     */
    <R> Migrated<R> migrate(long spaceId, Migration<R> migration, String author);
}
