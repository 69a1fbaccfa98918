package dev.duet.collab.wins;

import dev.duet.failure.NotFound;

public final class KudosNotFound extends NotFound {
    public KudosNotFound(long id) {
        super("kudos", id);
    }
}
