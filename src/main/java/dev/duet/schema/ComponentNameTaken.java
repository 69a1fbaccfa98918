package dev.duet.schema;

import dev.duet.failure.Conflict;

/** Component and group names are unique within a space. */
public class ComponentNameTaken extends Conflict {
    public ComponentNameTaken(String what, String name) {
        super("this space already has a " + what + " named \"" + name + "\"");
    }
}
