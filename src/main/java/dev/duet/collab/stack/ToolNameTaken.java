package dev.duet.collab.stack;

import dev.duet.failure.Conflict;

import java.util.List;
import java.util.Map;

/** Another tool of the stack already has this name (case does not count). */
public class ToolNameTaken extends Conflict {
    public ToolNameTaken(String name, long otherId) {
        super("tool.name: the stack already has a tool called " + name + " (tool " + otherId + ")",
                List.of(Map.of("tool_id", otherId, "name", name)));
    }
}
