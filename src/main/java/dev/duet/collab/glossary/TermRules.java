package dev.duet.collab.glossary;

import dev.duet.failure.Problems;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;

/**
 * The rules a term must meet before anything is written. A term needs at least one definition (a term with neither
 * explains nothing); its own names (term and aliases) must differ from each other, ignoring case.
 */
final class TermRules {

    static final int MAX_NAME = 100;
    static final int MAX_NAMES = 20;
    static final int MAX_DEFINITION = 4_000;
    static final int MAX_EXAMPLES = 10;
    static final int MAX_EXAMPLE = 500;
    private static final String PATH = "term";

    /** A term that met the rules. */
    record Checked(String term, List<String> aliases, String definitionMarketing, String definitionDeveloper,
                   List<String> examples, String owner, List<Long> relatedTermIds) {
    }

    private TermRules() {
    }

    static String key(String name) {
        return name.strip().toLowerCase(Locale.ROOT);
    }

    static Checked check(TermInput input) {
        var problems = new Problems();
        if (input == null) {
            problems.add(PATH, "is required: send {\"term\": {\"term\": ..., \"definition_marketing\": ...}}");
            problems.throwIfAny();
        }
        var term = text(PATH + ".term", input.term(), MAX_NAME, problems);
        if (term == null) problems.add(PATH + ".term", "is required");
        var names = new HashSet<String>();
        if (term != null) names.add(key(term));
        var aliases = new ArrayList<String>();
        var givenAliases = input.aliases() == null ? List.<String>of() : input.aliases();
        if (givenAliases.size() > MAX_NAMES) problems.add(PATH + ".aliases", "must list at most " + MAX_NAMES + " aliases");
        for (int i = 0; i < givenAliases.size() && i < MAX_NAMES; i++) {
            var path = PATH + ".aliases[" + i + "]";
            var alias = text(path, givenAliases.get(i), MAX_NAME, problems);
            if (alias == null) problems.add(path, "must not be empty");
            else if (!names.add(key(alias))) problems.add(path, alias + " is listed twice (or is the term itself)");
            else aliases.add(alias);
        }
        var marketing = text(PATH + ".definition_marketing", input.definitionMarketing(), MAX_DEFINITION, problems);
        var developer = text(PATH + ".definition_developer", input.definitionDeveloper(), MAX_DEFINITION, problems);
        if (marketing == null && developer == null) {
            problems.add(PATH + ".definition_marketing", "is required unless definition_developer is given: explain the term");
        }
        var examples = new ArrayList<String>();
        var givenExamples = input.examples() == null ? List.<String>of() : input.examples();
        if (givenExamples.size() > MAX_EXAMPLES) problems.add(PATH + ".examples", "must list at most " + MAX_EXAMPLES + " examples");
        for (int i = 0; i < givenExamples.size() && i < MAX_EXAMPLES; i++) {
            var example = text(PATH + ".examples[" + i + "]", givenExamples.get(i), MAX_EXAMPLE, problems);
            if (example != null) examples.add(example);
        }
        var owner = text(PATH + ".owner", input.owner(), MAX_NAME, problems);
        var related = new LinkedHashSet<Long>();
        var givenRelated = input.relatedTermIds() == null ? List.<Long>of() : input.relatedTermIds();
        for (int i = 0; i < givenRelated.size(); i++) {
            if (givenRelated.get(i) == null) problems.add(PATH + ".related_term_ids[" + i + "]", "must be a term id");
            else related.add(givenRelated.get(i));
        }
        problems.throwIfAny();
        return new Checked(term, List.copyOf(aliases), marketing, developer, List.copyOf(examples), owner, List.copyOf(related));
    }

    /** The stripped text, or null when blank; reports text that is too long or holds control characters. */
    private static String text(String path, String raw, int max, Problems problems) {
        if (raw == null || raw.isBlank()) return null;
        var text = raw.strip();
        if (text.length() > max) problems.add(path, "must be at most " + max + " characters");
        else if (text.chars().anyMatch(c -> c < 0x20 && c != '\n' && c != '\t' && c != '\r')) {
            problems.add(path, "must not contain control characters");
        }
        return text;
    }
}
