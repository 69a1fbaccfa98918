package dev.duet.collab.glossary;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * Ranks terms for a search, pure: an exact name first (the term, then an alias), then names starting with the
 * query, then names containing it, then terms whose definitions or examples mention it; alphabetical within a rank.
 * Matching ignores case. Terms that match nowhere are left out.
 */
final class TermSearch {

    private static final int NO_MATCH = Integer.MAX_VALUE;

    private TermSearch() {
    }

    static List<Term> rank(List<Term> terms, String query) {
        var alphabetical = Comparator.comparing((Term term) -> term.term().toLowerCase(Locale.ROOT));
        if (query == null || query.isBlank()) return terms.stream().sorted(alphabetical).toList();
        var q = query.strip().toLowerCase(Locale.ROOT);
        record Scored(Term term, int rank) {
        }
        return terms.stream().map(term -> new Scored(term, score(term, q))).filter(scored -> scored.rank() != NO_MATCH)
                .sorted(Comparator.comparingInt(Scored::rank).thenComparing(Scored::term, alphabetical))
                .map(Scored::term).toList();
    }

    static int score(Term term, String q) {
        var name = term.term().toLowerCase(Locale.ROOT);
        var aliases = term.aliases().stream().map(alias -> alias.toLowerCase(Locale.ROOT)).toList();
        if (name.equals(q)) return 0;
        if (aliases.contains(q)) return 1;
        if (name.startsWith(q)) return 2;
        if (aliases.stream().anyMatch(alias -> alias.startsWith(q))) return 3;
        if (name.contains(q) || aliases.stream().anyMatch(alias -> alias.contains(q))) return 4;
        var text = Stream.concat(Stream.of(term.definitionMarketing(), term.definitionDeveloper()), term.examples().stream())
                .filter(Objects::nonNull).map(part -> part.toLowerCase(Locale.ROOT));
        return text.anyMatch(part -> part.contains(q)) ? 5 : NO_MATCH;
    }
}
