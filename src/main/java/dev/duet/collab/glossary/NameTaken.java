package dev.duet.collab.glossary;

import dev.duet.failure.Conflict;

import java.util.List;
import java.util.Map;

/** A name (term or alias, whatever its case) already belongs to another term: a name may mean one thing only. */
public class NameTaken extends Conflict {
    public NameTaken(String path, String name, long termId, String term) {
        super(path + ": " + name + " is already a name of the term " + term + " (term " + termId + ")",
                List.of(Map.of("path", path, "name", name, "term_id", termId, "term", term)));
    }
}
