package dev.duet.collab.wins;

import dev.duet.storage.Timestamps;
import dev.duet.web.Json;
import org.jdbi.v3.core.Handle;

import java.time.Clock;

/**
 * Where features record wins, inside the transaction of the change that earned them, so the feed never celebrates a
 * change that rolled back and never misses one that committed. Thread-safe.
 */
public final class WinLog {

    private final Clock clock;

    public WinLog(Clock clock) {
        this.clock = clock;
    }

    /** Records {@code win} in the caller's transaction; returns false when its source was recorded before. */
    public boolean record(Handle handle, NewWin win) {
        boolean known = handle.createQuery("SELECT COUNT(*) FROM wins WHERE source = :source")
                .bind("source", win.source()).mapTo(Long.class).one() > 0;
        if (known) return false;
        handle.createUpdate("INSERT INTO wins (kind, source, space_id, title, actor, link, details, created_at) "
                        + "VALUES (:kind, :source, :space, :title, :actor, :link, :details, :at)")
                .bind("kind", win.kind().id()).bind("source", win.source()).bind("space", win.spaceId())
                .bind("title", win.title()).bind("actor", win.actor()).bind("link", win.link())
                .bind("details", Json.write(win.details())).bind("at", Timestamps.format(clock.instant()))
                .execute();
        return true;
    }
}
