package dev.duet.collab.wins;

import dev.duet.content.Story;
import dev.duet.content.StoryHooks;
import org.jdbi.v3.core.Handle;

import java.util.Map;

/**
 * Records {@code story.live} when a story goes live for the first time, however it is published (now, by a schedule,
 * or as part of a release merge), inside the publish transaction. Later publishes of the same story (a typo fixed,
 * a price changed) and publishing it again after an unpublish are not wins: the feed celebrates launches, not edits.
 */
public final class StoryWins implements StoryHooks {

    private final WinLog wins;

    public StoryWins(WinLog wins) {
        this.wins = wins;
    }

    @Override
    public void published(Handle handle, Story story, int versionNumber, String actor) {
        // the first publish sets first_published_at to the same instant as published_at; later ones keep the first
        if (story.firstPublishedAt() == null || !story.firstPublishedAt().equals(story.publishedAt())) return;
        wins.record(handle, new NewWin(WinKind.STORY_LIVE, "story:" + story.id() + ":live", story.spaceId(),
                "“" + story.name() + "” is live", actor,
                "/admin/spaces/" + story.spaceId() + "/stories/" + story.id(),
                Map.of("story_id", story.id(), "full_slug", story.fullSlug(), "version", versionNumber)));
    }
}
