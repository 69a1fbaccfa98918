package dev.duet.collab.glossary;

import java.time.Instant;
import java.util.List;

/**
 * A word the team uses, explained twice: in plain language for marketers and precisely for developers.
 * {@code aliases} are other names for it (abbreviations, spellings); {@code related} links terms to read next.
 */
public record Term(long id, String term, List<String> aliases, String definitionMarketing, String definitionDeveloper,
                   List<String> examples, String owner, List<Related> related, Instant createdAt, Instant updatedAt) {

    public record Related(long id, String term) {
    }
}
