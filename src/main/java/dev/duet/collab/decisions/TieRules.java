package dev.duet.collab.decisions;

import java.util.List;
import java.util.Objects;

/**
 * How ties for elimination are broken: the chain of rules tried in order, the seed of the random draw and the fixed
 * order of options (first listed is kept longest). Fixed once voting opens.
 */
public record TieRules(List<TieBreak> chain, long seed, List<Long> fixedOrder) {

    public TieRules {
        chain = List.copyOf(chain);
        fixedOrder = List.copyOf(fixedOrder);
        if (chain.isEmpty() || !chain.getLast().decisive()) {
            throw new IllegalArgumentException("a tie-break chain must end with random or fixed_order: " + chain);
        }
        Objects.requireNonNull(fixedOrder, "fixedOrder");
    }
}
