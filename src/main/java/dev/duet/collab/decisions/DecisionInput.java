package dev.duet.collab.decisions;

import java.time.Instant;
import java.util.List;

/**
 * What a manager sends to create or redraft a decision. {@code tieBreak} defaults to
 * {@code ["previous_rounds", "random"]}; {@code seed} to a random number drawn when voting opens.
 */
public record DecisionInput(String title, String question, String context, List<OptionInput> options,
                            List<Long> voterIds, List<String> tieBreak, Long seed, Instant opensAt, Instant closesAt) {

    /** One option: a label, an optional description and an optional martech stack tool id. */
    public record OptionInput(String label, String description, Long stackToolId) {
    }
}
