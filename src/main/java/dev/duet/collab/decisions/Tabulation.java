package dev.duet.collab.decisions;

import com.fasterxml.jackson.annotation.JsonProperty;

import java.util.List;

/**
 * The outcome of an instant-runoff count, round by round. {@code winner} and {@code winningRound} are null when no
 * ballot counted for any option.
 */
public record Tabulation(long ballots, List<Round> rounds, Long winner, Integer winningRound, List<TieBreak> tieBreak,
                         long seed, List<Long> fixedOrder) {

    public Tabulation {
        rounds = List.copyOf(rounds);
    }

    /** Votes for one continuing option in one round. */
    public record Tally(long optionId, long votes) {
    }

    /** Ballots no longer counting for any option, by why; cumulative up to and including the round. */
    public record Exhausted(long overvote, long noMoreRankings) {
        @JsonProperty
        public long total() {
            return overvote + noMoreRankings;
        }

        Exhausted plus(ExhaustReason reason) {
            return reason == ExhaustReason.OVERVOTE ? new Exhausted(overvote + 1, noMoreRankings)
                    : new Exhausted(overvote, noMoreRankings + 1);
        }
    }

    /** Where the eliminated option's ballots went: to an option ({@code toOption}) or exhausted ({@code exhausted}). */
    public record Transfer(Long toOption, ExhaustReason exhausted, long votes) {
    }

    /** How a tie for fewest votes was broken: the tied options, the rule that decided and what it looked at. */
    public record Tie(List<Long> tied, TieBreak decidedBy, List<String> steps, Long seed) {
        public Tie {
            tied = List.copyOf(tied);
            steps = List.copyOf(steps);
        }
    }

    /**
     * One round: the tallies of the continuing options (most votes first), the ballots counting for them, the majority
     * threshold (floor(continuing / 2) + 1), the exhausted ballots so far; then either the winner, or the option
     * eliminated (with the tie that chose it, if any) and where its ballots went.
     */
    public record Round(int round, List<Tally> tallies, long continuingBallots, long threshold, Exhausted exhausted,
                        Long winner, Long eliminated, Tie tie, List<Transfer> transfers) {
        public Round {
            tallies = List.copyOf(tallies);
            transfers = List.copyOf(transfers);
        }

        public long votesOf(long optionId) {
            return tallies.stream().filter(t -> t.optionId() == optionId).mapToLong(Tally::votes).findFirst().orElse(0);
        }
    }
}
