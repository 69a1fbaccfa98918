package dev.duet.datasources;

import dev.duet.failure.InvalidInput;

import java.util.ArrayList;
import java.util.List;

/**
 * Collects every problem with an input before failing, so one 400 names them all and nothing is written. Keeps the
 * first {@value #MAX_DETAILS} as details (a broken 10,000-line import should not answer with a megabyte of errors) and
 * counts the rest.
 */
final class Problems {

    static final int MAX_DETAILS = 100;

    private final List<InvalidInput.Problem> kept = new ArrayList<>();
    private int count;

    void add(String path, String message) {
        count++;
        if (kept.size() < MAX_DETAILS) kept.add(new InvalidInput.Problem(path, message));
    }

    boolean isEmpty() {
        return count == 0;
    }

    /** Fails with the first problem as the message (and how many more there are) and the kept ones as details. */
    void throwIfAny() {
        if (count == 0) return;
        var more = count > 1 ? " (and " + (count - 1) + " more problem" + (count > 2 ? "s" : "") + ")" : "";
        throw new InvalidInput(kept.getFirst() + more, kept);
    }
}
