package dev.duet.collab.goals;

import dev.duet.failure.NotFound;

public final class ObjectiveNotFound extends NotFound {
    ObjectiveNotFound(long id) {
        super("objective", id);
    }
}
