package dev.duet.workflow;

import dev.duet.access.Role;
import dev.duet.failure.Forbidden;

/** The caller's role may not move stories into the stage. */
public final class StageRefused extends Forbidden {
    public StageRefused(Stage stage, Role role) {
        super("a " + role.id() + " may not move stories into " + stage.name() + "; only "
                + String.join(", ", stage.roles().stream().map(Role::id).toList()) + " may");
    }
}
