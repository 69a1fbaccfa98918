package dev.duet.collab.glossary;

import dev.duet.failure.NotFound;

/** No glossary term with this id. */
public class TermNotFound extends NotFound {
    public TermNotFound(long id) {
        super("term", id);
    }
}
