package dev.duet.workflow;

import dev.duet.failure.Conflict;

import java.util.List;

/**
 * A publish refused because the story's stage does not allow publishing: a 409, since the story's state (not the
 * caller's rights) stands in the way, and moving the story on resolves it.
 */
public final class PublishingNotAllowed extends Conflict {
    public PublishingNotAllowed(String storyName, Stage stage, List<String> publishing) {
        super("“" + storyName + "” is in the stage " + stage.name() + ", which does not allow publishing; "
                + (publishing.isEmpty() ? "no stage of this workflow allows publishing, ask an admin to change the workflow"
                : "move it to " + String.join(" or ", publishing) + " first"));
    }
}
