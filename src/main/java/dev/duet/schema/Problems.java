package dev.duet.schema;

import dev.duet.failure.InvalidInput;

import java.util.ArrayList;
import java.util.List;

/**
 * Collects every problem found in one input, so a caller learns all of them at once instead of fixing one per
 * request. Paths read like {@code body[2].headline}; a blank prefix means the root. Beyond {@link #MAX} problems only
 * a count is kept, so a broken import cannot produce a giant error. Not thread-safe: one per check.
 */
final class Problems {

    static final int MAX = 200;

    private final List<InvalidInput.Problem> found = new ArrayList<>();
    private int dropped;

    void add(String path, String message) {
        if (found.size() < MAX) found.add(new InvalidInput.Problem(path, message));
        else dropped++;
    }

    List<InvalidInput.Problem> list() {
        var all = new ArrayList<>(found);
        if (dropped > 0) all.add(new InvalidInput.Problem("", dropped + " more problems not listed"));
        return List.copyOf(all);
    }

    void throwIfAny(String message) {
        if (!found.isEmpty()) throw new InvalidInput(message, list());
    }

    static String key(String prefix, String key) {
        return prefix.isEmpty() ? key : prefix + "." + key;
    }

    static String index(String prefix, int index) {
        return prefix + "[" + index + "]";
    }
}
