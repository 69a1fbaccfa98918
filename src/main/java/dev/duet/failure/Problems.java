package dev.duet.failure;

import java.util.ArrayList;
import java.util.List;

/**
 * Collects every problem found in one input, so a caller learns all of them at once instead of fixing one per
 * request — and nothing is written until there are none. Beyond {@link #MAX} problems only a count is kept, so a
 * broken import cannot answer with a megabyte of errors. Not thread-safe: one per check.
 */
public final class Problems {

    public static final int MAX = 200;

    private final List<InvalidInput.Problem> found = new ArrayList<>();
    private int dropped;

    public void add(String path, String message) {
        if (found.size() < MAX) found.add(new InvalidInput.Problem(path, message));
        else dropped++;
    }

    public boolean isEmpty() {
        return found.isEmpty();
    }

    /** The problems found, and a last line counting those not listed. */
    public List<InvalidInput.Problem> list() {
        var all = new ArrayList<>(found);
        if (dropped > 0) all.add(new InvalidInput.Problem("", dropped + " more problems not listed"));
        return List.copyOf(all);
    }

    public void throwIfAny(String message) {
        if (!found.isEmpty()) throw new InvalidInput(message, list());
    }

    /** Fails with the first problem as the message, saying how many more there are. */
    public void throwIfAny() {
        if (found.isEmpty()) return;
        int more = found.size() - 1 + dropped;
        throwIfAny(found.getFirst() + (more > 0 ? " (and " + more + " more problem" + (more > 1 ? "s" : "") + ")" : ""));
    }
}
