package dev.duet.content;

import org.jdbi.v3.core.Handle;

import java.util.List;

/**
 * What other features add to story writes, inside the write's own transaction so their records commit or roll back
 * with it: the workflow refuses a publish from a stage that does not allow it, the activity feed records who did what.
 * A hook that throws a domain failure refuses the whole write. Hooks run in the order given to {@link #all}.
 */
public interface StoryHooks {

    StoryHooks NONE = new StoryHooks() {
    };

    /** Before {@code story}'s published pointer moves to {@code versionNumber}; throw to refuse the publish. */
    default void beforePublish(Handle handle, Story story, int versionNumber, String actor) {
    }

    /** {@code after} was created ({@code before} is null) or got a new version; {@code message} may be null. */
    default void saved(Handle handle, Story before, Story after, String actor, String message) {
    }

    default void published(Handle handle, Story story, int versionNumber, String actor) {
    }

    default void unpublished(Handle handle, Story story, String actor) {
    }

    /** Runs each of {@code hooks} in turn. */
    static StoryHooks all(StoryHooks... hooks) {
        var list = List.of(hooks);
        return new StoryHooks() {
            @Override
            public void beforePublish(Handle handle, Story story, int versionNumber, String actor) {
                list.forEach(hook -> hook.beforePublish(handle, story, versionNumber, actor));
            }

            @Override
            public void saved(Handle handle, Story before, Story after, String actor, String message) {
                list.forEach(hook -> hook.saved(handle, before, after, actor, message));
            }

            @Override
            public void published(Handle handle, Story story, int versionNumber, String actor) {
                list.forEach(hook -> hook.published(handle, story, versionNumber, actor));
            }

            @Override
            public void unpublished(Handle handle, Story story, String actor) {
                list.forEach(hook -> hook.unpublished(handle, story, actor));
            }
        };
    }
}
