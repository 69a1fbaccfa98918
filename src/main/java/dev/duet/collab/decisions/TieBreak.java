package dev.duet.collab.decisions;

import com.fasterxml.jackson.annotation.JsonValue;

import java.util.Arrays;
import java.util.Optional;

/**
 * One rule for choosing which of several options tied for fewest votes is eliminated. A decision lists them as a
 * chain, tried in order; the chain ends with a rule that always decides ({@link #RANDOM} or {@link #FIXED_ORDER}).
 */
public enum TieBreak {
    /** Backwards: the tied option with fewer votes in the latest earlier round where their counts differed goes. */
    PREVIOUS_ROUNDS("previous_rounds"),
    /** A draw from a random generator seeded with the decision's stated seed, so anyone can repeat it. */
    RANDOM("random"),
    /** An order of the options fixed before voting: of the tied options, the one listed last goes. */
    FIXED_ORDER("fixed_order");

    private final String id;

    TieBreak(String id) {
        this.id = id;
    }

    @JsonValue
    public String id() {
        return id;
    }

    /** Whether this rule always picks one option, so a chain may end with it. */
    public boolean decisive() {
        return this != PREVIOUS_ROUNDS;
    }

    public static Optional<TieBreak> of(String id) {
        return Arrays.stream(values()).filter(rule -> rule.id.equals(id)).findFirst();
    }
}
