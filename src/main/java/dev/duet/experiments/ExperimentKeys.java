package dev.duet.experiments;

import dev.duet.content.Story;
import dev.duet.content.StoryHooks;
import org.jdbi.v3.core.Handle;

/**
 * Keeps experiment keys unique across a space: a save whose content holds an experiment key that another story's
 * draft already uses is refused with {@link ExperimentKeyTaken}. It runs as a story hook, inside the save's own
 * transaction (the space is locked for the write), so the refusal rolls the whole save back and two concurrent saves
 * cannot both take a key. The content validator already refused a key used twice within one story.
 */
public final class ExperimentKeys implements StoryHooks {

    private final ExperimentStories stories;

    public ExperimentKeys(ExperimentStories stories) {
        this.stories = stories;
    }

    @Override
    public void saved(Handle handle, Story before, Story after, String actor, String message) {
        if (after.content() == null) return;
        var keys = Experiments.keysIn(after.content()).keySet();
        if (keys.isEmpty()) return;
        for (var other : stories.otherDrafts(handle, after.spaceId(), after.id())) {
            for (var key : Experiments.keysIn(other.draft()).keySet()) {
                if (keys.contains(key)) throw new ExperimentKeyTaken(key, other.id(), other.name());
            }
        }
    }
}
