package dev.duet.datasources;

import dev.duet.failure.NotFound;

/** No entry with this id in the datasource. */
public class EntryNotFound extends NotFound {
    public EntryNotFound(long id) {
        super("datasource entry", id);
    }
}
