package dev.duet.collab.wins;

import dev.duet.failure.Forbidden;

/** Kudos are deleted by the person who wrote them (or an admin tidying up), never by others. */
public final class NotYourKudos extends Forbidden {
    public NotYourKudos(long id) {
        super("kudos " + id + " was written by someone else; only its author (or an admin) may delete it");
    }
}
