package dev.duet.content;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.duet.access.AccessGuard;
import dev.duet.web.Json;
import io.javalin.http.Context;

import java.util.Map;

/** The story as the management API answers it: whole with its alternates, or as a list item without content. */
final class StoryJson {

    private final Stories stories;

    StoryJson(Stories stories) {
        this.stories = stories;
    }

    /**
     * Answers with the story and its version as ETag (for If-Match); a write also tells the audit log which story
     * and version it made.
     */
    void answer(Context ctx, Story story) {
        ctx.header("ETag", dev.duet.web.IfMatch.etag(story.version()));
        // The ETag names the draft version only; a publish or unpublish (by hand elsewhere, or by a schedule) keeps it,
        // so a browser revalidating a cached copy would get 304 and show the old publication state: never cache.
        ctx.header("Cache-Control", "no-store");
        AccessGuard.auditDetails(ctx, Map.of("story_id", story.id(), "version", story.version()));
        ctx.json(Map.of("story", full(story)));
    }

    ObjectNode full(Story story) {
        ObjectNode json = Json.mapper().valueToTree(story);
        json.set("alternates", Json.mapper().valueToTree(stories.alternates(story.spaceId(), story.id(), story.groupId())));
        return json;
    }

    static ObjectNode summary(Story story) {
        ObjectNode json = Json.mapper().valueToTree(story);
        json.remove("content");
        return json;
    }
}
