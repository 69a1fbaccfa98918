package dev.duet.datasources;

import dev.duet.failure.Problems;
import java.util.HashMap;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * The rules entries must meet before anything is written. Names are keys that sites look values up by, so they are
 * kept exactly as given (no trimming) and must not be blank.
 */
final class EntryRules {

    static final int MAX_NAME = 255;
    static final int MAX_VALUE = 10_000;
    static final int MAX_BULK = 10_000;
    static final String BULK_PATH = "datasource_entries";

    private EntryRules() {
    }

    /**
     * Adds the problems of one entry at {@code path}: a new entry needs a name, a change may leave any field out.
     * {@code dimensionKeys} are the datasource's dimension keys, the only keys {@code dimension_values} may use.
     */
    static void check(String path, EntryInput input, boolean creating, Set<String> dimensionKeys, Problems problems) {
        if (input == null) {
            problems.add(path, "is required: send an object with name, value and dimension_values");
            return;
        }
        if (input.name() == null) {
            if (creating) problems.add(path + ".name", "is required");
        } else if (input.name().isBlank()) {
            problems.add(path + ".name", "must not be blank");
        } else if (input.name().length() > MAX_NAME) {
            problems.add(path + ".name", "must be at most " + MAX_NAME + " characters");
        } else if (hasControlCharacter(input.name())) {
            problems.add(path + ".name", "must not contain control characters such as line breaks or tabs");
        }
        checkValue(path + ".value", input.value(), problems);
        if (input.dimensionValues() == null) return;
        input.dimensionValues().forEach((key, value) -> {
            var keyPath = path + ".dimension_values." + key;
            if (!dimensionKeys.contains(key)) {
                problems.add(keyPath, "this datasource has no dimension " + key + " (it has: " + known(dimensionKeys) + ")");
            } else {
                checkValue(keyPath, value, problems);
            }
        });
    }

    /** Fails unless every entry of a bulk replacement meets the rules and no name appears twice. */
    static void checkBulk(List<EntryInput> entries, Set<String> dimensionKeys) {
        var problems = new Problems();
        if (entries == null) {
            problems.add(BULK_PATH, "is required: an array of entries (an empty array removes them all)");
        } else if (entries.size() > MAX_BULK) {
            problems.add(BULK_PATH, "must hold at most " + MAX_BULK + " entries, got " + entries.size());
        } else {
            var firstIndexOfName = new HashMap<String, Integer>();
            for (int i = 0; i < entries.size(); i++) {
                var path = BULK_PATH + "[" + i + "]";
                check(path, entries.get(i), true, dimensionKeys, problems);
                var name = entries.get(i) == null ? null : entries.get(i).name();
                if (name == null) continue;
                var first = firstIndexOfName.putIfAbsent(name, i);
                if (first != null) problems.add(path + ".name", name + " is already the name of " + BULK_PATH + "[" + first + "]");
            }
        }
        problems.throwIfAny();
    }

    /** Values may hold line breaks, but not NUL characters, which PostgreSQL cannot store in text. */
    private static void checkValue(String path, String value, Problems problems) {
        if (value == null) return;
        if (value.length() > MAX_VALUE) problems.add(path, "must be at most " + MAX_VALUE + " characters, got " + value.length());
        else if (value.indexOf('\0') >= 0) problems.add(path, "must not contain NUL characters");
    }

    static boolean hasControlCharacter(String text) {
        return text.chars().anyMatch(Character::isISOControl);
    }

    private static String known(Set<String> keys) {
        return keys.isEmpty() ? "no dimensions" : String.join(", ", new TreeSet<>(keys));
    }
}
