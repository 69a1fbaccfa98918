package dev.duet.activity;

import dev.duet.content.Story;
import dev.duet.content.StoryHooks;
import org.jdbi.v3.core.Handle;

import java.util.HashMap;
import java.util.Map;

/** Puts story saves, publishes and unpublishes into the feed, in the same transaction as the change. */
public final class StoryActivity implements StoryHooks {

    private final ActivityLog log;

    public StoryActivity(ActivityLog log) {
        this.log = log;
    }

    @Override
    public void saved(Handle handle, Story before, Story after, String actor, String message) {
        var details = new HashMap<String, Object>(facts(after));
        details.put("version", after.version());
        if (message != null && !message.isBlank()) details.put("message", message);
        var what = before == null ? "created" : "saved";
        log.record(handle, new NewActivity(after.spaceId(), after.id(), ActivityKind.STORY_SAVED, actor,
                what + " “" + after.name() + "” (version " + after.version() + ")", details));
    }

    @Override
    public void published(Handle handle, Story story, int versionNumber, String actor) {
        var details = new HashMap<String, Object>(facts(story));
        details.put("version", versionNumber);
        log.record(handle, new NewActivity(story.spaceId(), story.id(), ActivityKind.STORY_PUBLISHED, actor,
                "published “" + story.name() + "” (version " + versionNumber + ")", details));
    }

    @Override
    public void unpublished(Handle handle, Story story, String actor) {
        log.record(handle, new NewActivity(story.spaceId(), story.id(), ActivityKind.STORY_UNPUBLISHED, actor,
                "unpublished “" + story.name() + "”", facts(story)));
    }

    private static Map<String, Object> facts(Story story) {
        return Map.of("story_name", story.name(), "full_slug", story.fullSlug());
    }
}
