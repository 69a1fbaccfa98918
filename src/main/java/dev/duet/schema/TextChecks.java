package dev.duet.schema;

import dev.duet.failure.Problems;
import com.fasterxml.jackson.databind.JsonNode;

import java.util.HashMap;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Text, textarea and markdown values: text, at most {@code max_length} characters (code points), and containing a
 * match of {@code regex} (found anywhere, as Storyblok's editor tests it). Patterns are compiled once per check.
 */
final class TextChecks {

    /**
     * Character reads all pattern matching of one content check may spend. Schema authors write the patterns, but a
     * careless one (nested repetition) could otherwise hold a request thread for minutes; this bounds it to about a
     * second per request, however many fields use it.
     */
    static final int MATCH_BUDGET = 10_000_000;

    private final Problems problems;
    private final Map<String, Pattern> patterns = new HashMap<>();
    private final int[] budget = {MATCH_BUDGET};

    TextChecks(Problems problems) {
        this.problems = problems;
    }

    void check(TextRules rules, JsonNode value, String path) {
        if (!value.isTextual()) {
            problems.add(path, "must be text");
            return;
        }
        var text = value.textValue();
        if (rules.maxLength() != null) {
            int length = text.codePointCount(0, text.length());
            if (length > rules.maxLength()) {
                problems.add(path, "must be at most " + rules.maxLength() + " characters (is " + length + ")");
            }
        }
        if (rules.regex() != null && !rules.regex().isEmpty()) matchPattern(rules.regex(), text, path);
    }

    private void matchPattern(String regex, String text, String path) {
        var pattern = patterns.computeIfAbsent(regex, Pattern::compile);
        try {
            if (!pattern.matcher(new Budgeted(text, budget)).find()) {
                problems.add(path, "does not match the pattern " + regex);
            }
        } catch (BudgetSpent e) {
            problems.add(path, "could not be checked against the pattern " + regex + " (it is too slow on this text)");
        }
    }

    private static final class BudgetSpent extends RuntimeException {
        BudgetSpent() {
            super(null, null, false, false);
        }
    }

    /** A view of the text that counts reads against a budget shared with its sub-sequences. */
    private record Budgeted(String text, int[] budget) implements CharSequence {
        @Override
        public char charAt(int index) {
            if (--budget[0] < 0) throw new BudgetSpent();
            return text.charAt(index);
        }

        @Override
        public int length() {
            return text.length();
        }

        @Override
        public CharSequence subSequence(int start, int end) {
            return new Budgeted(text.substring(start, end), budget);
        }

        @Override
        public String toString() {
            return text;
        }
    }
}
