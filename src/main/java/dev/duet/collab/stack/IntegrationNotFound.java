package dev.duet.collab.stack;

import dev.duet.failure.NotFound;

/** No integration with this id. */
public class IntegrationNotFound extends NotFound {
    public IntegrationNotFound(long id) {
        super("integration", id);
    }
}
