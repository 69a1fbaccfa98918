package dev.duet.collab.decisions;

import java.util.List;

/**
 * A ranked ballot as cast: {@code rankings.get(0)} holds the option ids marked at rank 1, and so on. A rank with no
 * option is a skipped rank; a rank with two or more different options is an overvote. How each is counted is
 * {@link InstantRunoff}'s to say.
 */
public record Ballot(List<List<Long>> rankings) {

    public Ballot {
        rankings = rankings.stream().map(List::copyOf).toList();
    }

    /** A ballot ranking one option per rank, most preferred first. */
    public static Ballot ranking(Long... optionIds) {
        return new Ballot(java.util.Arrays.stream(optionIds).map(List::of).toList());
    }
}
