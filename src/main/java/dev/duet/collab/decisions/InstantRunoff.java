package dev.duet.collab.decisions;

import dev.duet.collab.decisions.Tabulation.Exhausted;
import dev.duet.collab.decisions.Tabulation.Round;
import dev.duet.collab.decisions.Tabulation.Tally;
import dev.duet.collab.decisions.Tabulation.Transfer;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * Single-winner instant-runoff tabulation, round by round. Pure: no I/O, no clock; the same input gives the same
 * result. Not thread-safe per instance, so each count builds its own.
 *
 * <p>Ballot rules (RCTab's, as configured for US jurisdictions such as Burlington VT; see docs/decisions.md): a
 * repeated option counts only at its highest rank (later repeats are ignored); a skipped rank is passed over, however
 * many in a row; a rank holding two or more options (an overvote) exhausts the ballot when the count reaches it while
 * two or more of them are still continuing, and counts for the one still continuing otherwise. An exhausted ballot
 * stays exhausted. Each round every ballot counts for
 * its highest-ranked continuing option. An option wins with at least floor(n / 2) + 1 of the n ballots counting for a
 * continuing option. Otherwise the option with fewest votes is eliminated (one per round: no batch elimination); ties
 * for fewest are broken by the decision's {@link TieRules}.
 */
public final class InstantRunoff {

    /** A ballot reduced to what counts: its ranks in order, without repeats and skipped ranks. */
    private record Marks(List<Set<Long>> ranks) {
    }

    private final List<Long> options;
    private final TieRules rules;
    private final Random random;
    private final List<Map<Long, Long>> earlierRounds = new ArrayList<>();

    private InstantRunoff(List<Long> options, TieRules rules) {
        this.options = List.copyOf(options);
        this.rules = rules;
        this.random = new Random(rules.seed());
    }

    /** Counts {@code ballots} for {@code options} (in their listed order); ballots may name only these options. */
    public static Tabulation tabulate(List<Long> options, List<Ballot> ballots, TieRules rules) {
        if (new HashSet<>(options).size() != options.size()) throw new IllegalArgumentException("options repeat: " + options);
        return new InstantRunoff(options, rules).count(ballots);
    }

    /** What a ballot counts as: its ranks once options ranked higher up and skipped ranks are dropped. */
    static Marks marks(Ballot ballot) {
        var seen = new HashSet<Long>();
        var ranks = new ArrayList<Set<Long>>();
        for (var rank : ballot.rankings()) {
            var fresh = new LinkedHashSet<>(rank);
            fresh.removeAll(seen);
            seen.addAll(fresh);
            if (!fresh.isEmpty()) ranks.add(Set.copyOf(fresh));
        }
        return new Marks(List.copyOf(ranks));
    }

    private Tabulation count(List<Ballot> ballots) {
        var marks = ballots.stream().map(InstantRunoff::marks).toList();
        for (var mark : marks) {
            for (var rank : mark.ranks()) {
                if (!options.containsAll(rank)) throw new IllegalArgumentException("unknown option in " + rank);
            }
        }
        var continuing = new LinkedHashSet<>(options);
        var position = new int[marks.size()];
        var current = new Long[marks.size()];
        var exhausted = new Exhausted(0, 0);
        for (int i = 0; i < marks.size(); i++) {
            var reason = advance(marks.get(i), i, position, current, continuing);
            if (reason != null) exhausted = exhausted.plus(reason);
        }
        var rounds = new ArrayList<Round>();
        while (true) {
            var tallies = tallies(current, continuing);
            long counting = tallies.values().stream().mapToLong(Long::longValue).sum();
            long threshold = counting / 2 + 1;
            var sorted = sorted(tallies);
            int number = rounds.size() + 1;
            var exhaustedNow = exhausted;
            if (counting == 0) {
                rounds.add(new Round(number, sorted, 0, threshold, exhaustedNow, null, null, null, List.of()));
                return tabulation(ballots.size(), rounds, null);
            }
            var leader = sorted.getFirst();
            if (leader.votes() >= threshold) {
                rounds.add(new Round(number, sorted, counting, threshold, exhaustedNow, leader.optionId(), null, null,
                        List.of()));
                return tabulation(ballots.size(), rounds, leader.optionId());
            }
            long fewest = sorted.getLast().votes();
            var tied = continuing.stream().filter(option -> tallies.get(option) == fewest).toList();
            var broken = tied.size() > 1 ? breakTie(tied) : new Broken(tied.getFirst(), null);
            long loser = broken.loser();
            continuing.remove(loser);
            var moved = new LinkedHashMap<Object, Long>();
            for (int i = 0; i < marks.size(); i++) {
                if (current[i] == null || current[i] != loser) continue;
                var reason = advance(marks.get(i), i, position, current, continuing);
                if (reason != null) exhausted = exhausted.plus(reason);
                moved.merge(reason != null ? reason : current[i], 1L, Long::sum);
            }
            rounds.add(new Round(number, sorted, counting, threshold, exhaustedNow, null, loser, broken.tie(),
                    transfers(moved)));
            earlierRounds.add(tallies);
        }
    }

    private Tabulation tabulation(long ballots, List<Round> rounds, Long winner) {
        return new Tabulation(ballots, rounds, winner, winner == null ? null : rounds.size(), rules.chain(), rules.seed(),
                rules.fixedOrder());
    }

    /** The option a tie eliminates, and how it was chosen. */
    private record Broken(long loser, Tabulation.Tie tie) {
    }

    /** Applies the chain of tie-break rules to {@code tied} (in the options' listed order) until one option is left. */
    private Broken breakTie(List<Long> tied) {
        var left = new ArrayList<>(tied);
        var steps = new ArrayList<String>();
        for (var rule : rules.chain()) {
            switch (rule) {
                case PREVIOUS_ROUNDS -> narrowByEarlierRounds(left, steps);
                case RANDOM -> {
                    int index = random.nextInt(left.size());
                    steps.add("random draw (seed " + rules.seed() + ") among " + left + ": index " + index + " of "
                            + left.size() + " is eliminated");
                    var loser = left.get(index);
                    left.clear();
                    left.add(loser);
                }
                case FIXED_ORDER -> {
                    var loser = left.stream().max(Comparator.comparingInt(this::fixedPosition)).orElseThrow();
                    steps.add("fixed order: " + loser + " is listed last of " + left);
                    left.clear();
                    left.add(loser);
                }
            }
            if (left.size() == 1) {
                return new Broken(left.getFirst(), new Tabulation.Tie(tied, rule, steps,
                        rule == TieBreak.RANDOM ? rules.seed() : null));
            }
        }
        throw new IllegalStateException("the tie-break chain ended undecided: " + rules.chain());
    }

    /**
     * Backwards from the previous round to the first: at each round where the options still tied had different
     * counts, keeps only those with the fewest votes then.
     */
    private void narrowByEarlierRounds(List<Long> left, List<String> steps) {
        for (int r = earlierRounds.size() - 1; r >= 0 && left.size() > 1; r--) {
            var tallies = earlierRounds.get(r);
            long fewest = left.stream().mapToLong(tallies::get).min().orElseThrow();
            var lowest = left.stream().filter(option -> tallies.get(option) == fewest).toList();
            if (lowest.size() < left.size()) {
                steps.add("round " + (r + 1) + ": " + describe(left, tallies) + "; fewest: " + lowest);
                left.retainAll(lowest);
            }
        }
        if (left.size() > 1) steps.add("earlier rounds: still tied " + left);
    }

    private static String describe(List<Long> options, Map<Long, Long> tallies) {
        var parts = new ArrayList<String>();
        for (var option : options) parts.add(option + " had " + tallies.get(option));
        return String.join(", ", parts);
    }

    /** Position in the fixed order; options it does not list come after it, in their listed order. */
    private int fixedPosition(long option) {
        int index = rules.fixedOrder().indexOf(option);
        return index >= 0 ? index : rules.fixedOrder().size() + options.indexOf(option);
    }

    /**
     * Moves ballot {@code i} to its next continuing choice; returns why it is exhausted, or null when it still counts.
     */
    private static ExhaustReason advance(Marks mark, int i, int[] position, Long[] current, Set<Long> continuing) {
        var ranks = mark.ranks();
        for (; position[i] < ranks.size(); position[i]++) {
            var still = ranks.get(position[i]).stream().filter(continuing::contains).toList();
            if (still.size() == 1) {
                current[i] = still.getFirst();
                return null;
            }
            if (still.size() > 1) {
                current[i] = null;
                return ExhaustReason.OVERVOTE;
            }
        }
        current[i] = null;
        return ExhaustReason.NO_MORE_RANKINGS;
    }

    private static Map<Long, Long> tallies(Long[] current, Set<Long> continuing) {
        var tallies = new LinkedHashMap<Long, Long>();
        for (var option : continuing) tallies.put(option, 0L);
        for (var choice : current) {
            if (choice != null) tallies.merge(choice, 1L, Long::sum);
        }
        return tallies;
    }

    /** Most votes first; equal counts keep the options' listed order. */
    private static List<Tally> sorted(Map<Long, Long> tallies) {
        return tallies.entrySet().stream().map(e -> new Tally(e.getKey(), e.getValue()))
                .sorted(Comparator.comparingLong(Tally::votes).reversed()).toList();
    }

    private static List<Transfer> transfers(Map<Object, Long> moved) {
        return moved.entrySet().stream().map(e -> e.getKey() instanceof ExhaustReason reason
                ? new Transfer(null, reason, e.getValue()) : new Transfer((Long) e.getKey(), null, e.getValue())).toList();
    }
}
