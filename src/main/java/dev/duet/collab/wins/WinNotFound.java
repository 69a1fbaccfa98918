package dev.duet.collab.wins;

import dev.duet.failure.NotFound;

public final class WinNotFound extends NotFound {
    public WinNotFound(long id) {
        super("win", id);
    }
}
