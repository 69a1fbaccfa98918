package dev.duet.collab.stack;

import dev.duet.failure.NotFound;

/** No tool with this id in the stack. */
public class ToolNotFound extends NotFound {
    public ToolNotFound(long id) {
        super("tool", id);
    }
}
