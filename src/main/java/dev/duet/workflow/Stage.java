package dev.duet.workflow;

import dev.duet.access.Role;

import java.util.List;

/**
 * One step of a space's workflow. {@code allowPublish}: stories in it may be published. {@code approval}: entering it
 * approves the story's current version (and the four-eyes rule applies). {@code isDefault}: new stories start here and
 * a changed approved story falls back here. {@code afterPublish}: publishing moves the story here. {@code roles}: who
 * may move a story into it; empty means everyone who takes part in review.
 */
public record Stage(long id, String name, String color, int position, boolean allowPublish, boolean approval,
                   boolean isDefault, boolean afterPublish, List<Role> roles) {

    public Stage {
        roles = List.copyOf(roles);
    }

    /** Whether someone with {@code role} may move a story into this stage. */
    public boolean admits(Role role) {
        return roles.isEmpty() || roles.contains(role);
    }
}
