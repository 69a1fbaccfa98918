package dev.duet.collab.glossary;

import java.util.List;

/** A glossary term as the API sends it, before any rule is checked. */
public record TermInput(String term, List<String> aliases, String definitionMarketing, String definitionDeveloper,
                        List<String> examples, String owner, List<Long> relatedTermIds) {
}
