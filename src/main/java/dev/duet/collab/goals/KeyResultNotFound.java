package dev.duet.collab.goals;

import dev.duet.failure.NotFound;

public final class KeyResultNotFound extends NotFound {
    KeyResultNotFound(long id) {
        super("key result", id);
    }
}
