package dev.duet.collab.decisions;

import dev.duet.collab.decisions.Tabulation.Transfer;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import static dev.duet.collab.decisions.Ballot.ranking;
import static org.assertj.core.api.Assertions.assertThat;

class InstantRunoffTest {

    private static final long A = 1, B = 2, C = 3, D = 4;
    private static final List<Long> ABC = List.of(A, B, C);
    private static final TieRules BACKWARDS_THEN_RANDOM = new TieRules(List.of(TieBreak.PREVIOUS_ROUNDS, TieBreak.RANDOM), 42, List.of());

    @Test
    void a_majority_in_round_one_wins_at_once() {
        var ballots = times(3, ranking(A, B), times(1, ranking(B), times(1, ranking(C))));

        var result = InstantRunoff.tabulate(ABC, ballots, BACKWARDS_THEN_RANDOM);

        assertThat(result.winner()).isEqualTo(A);
        assertThat(result.winningRound()).isEqualTo(1);
        var round = result.rounds().getFirst();
        assertThat(round.continuingBallots()).isEqualTo(5);
        assertThat(round.threshold()).isEqualTo(3);
        assertThat(round.votesOf(A)).isEqualTo(3);
        assertThat(round.eliminated()).isNull();
    }

    @Test
    void a_multi_round_win_transfers_the_eliminated_options_ballots_to_their_next_choices() {
        // A 4, B 3, C 2 (both C ballots go on to B): C is out, B wins round 2 with 5 of 9
        var ballots = times(4, ranking(A), times(3, ranking(B, A), times(2, ranking(C, B))));

        var result = InstantRunoff.tabulate(ABC, ballots, BACKWARDS_THEN_RANDOM);

        assertThat(result.rounds()).hasSize(2);
        var first = result.rounds().getFirst();
        assertThat(first.threshold()).isEqualTo(5);
        assertThat(first.eliminated()).isEqualTo(C);
        assertThat(first.tie()).isNull();
        assertThat(first.transfers()).containsExactly(new Transfer(B, null, 2));
        var second = result.rounds().get(1);
        assertThat(second.votesOf(B)).isEqualTo(5);
        assertThat(second.votesOf(A)).isEqualTo(4);
        assertThat(second.tallies()).extracting(Tabulation.Tally::optionId).containsExactly(B, A);
        assertThat(result.winner()).isEqualTo(B);
        assertThat(result.winningRound()).isEqualTo(2);
    }

    @Test
    void ballots_with_no_further_choice_are_exhausted_and_the_threshold_counts_only_ballots_still_in_play() {
        // A 4, B 3, C 2 (C ballots rank nothing else): round 2 has 7 ballots in play, threshold 4
        var ballots = times(4, ranking(A), times(3, ranking(B), times(2, ranking(C))));

        var result = InstantRunoff.tabulate(ABC, ballots, BACKWARDS_THEN_RANDOM);

        assertThat(result.rounds().getFirst().transfers())
                .containsExactly(new Transfer(null, ExhaustReason.NO_MORE_RANKINGS, 2));
        var second = result.rounds().get(1);
        assertThat(second.exhausted().noMoreRankings()).isEqualTo(2);
        assertThat(second.exhausted().total()).isEqualTo(2);
        assertThat(second.continuingBallots()).isEqualTo(7);
        assertThat(second.threshold()).isEqualTo(4);
        assertThat(result.winner()).isEqualTo(A);
    }

    @Test
    void an_overvote_exhausts_the_ballot_when_the_count_reaches_it() {
        // one ballot: C first, then B and A at rank 2 (overvote)
        var overvote = new Ballot(List.of(List.of(C), List.of(B, A)));
        var ballots = times(3, ranking(A), times(2, ranking(B), times(1, overvote)));

        var result = InstantRunoff.tabulate(ABC, ballots, BACKWARDS_THEN_RANDOM);

        var first = result.rounds().getFirst();
        assertThat(first.votesOf(C)).isEqualTo(1);
        assertThat(first.eliminated()).isEqualTo(C);
        assertThat(first.transfers()).containsExactly(new Transfer(null, ExhaustReason.OVERVOTE, 1));
        assertThat(result.rounds().get(1).exhausted().overvote()).isEqualTo(1);
        assertThat(result.winner()).isEqualTo(A);
    }

    @Test
    void an_overvoted_rank_counts_for_its_one_option_still_continuing() {
        // D, then A and C at rank 2: once D and C are out, rank 2 holds only A
        var overvote = new Ballot(List.of(List.of(D), List.of(A, C)));
        var ballots = times(4, ranking(A), times(4, ranking(B), times(2, ranking(C), times(1, overvote))));

        var result = InstantRunoff.tabulate(List.of(A, B, C, D), ballots, BACKWARDS_THEN_RANDOM);

        assertThat(result.rounds().getFirst().transfers()).as("D goes first while A and C both continue")
                .containsExactly(new Transfer(null, ExhaustReason.OVERVOTE, 1));
        assertThat(result.rounds().get(1).exhausted().overvote()).isEqualTo(1);
        assertThat(result.rounds().get(2).votesOf(A)).as("an exhausted ballot stays exhausted").isEqualTo(4);
        var late = new Ballot(List.of(List.of(D), List.of(C), List.of(A, D)));
        var again = InstantRunoff.tabulate(List.of(A, B, C, D), times(4, ranking(A), times(4, ranking(B),
                times(2, ranking(C, B), times(1, late)))), BACKWARDS_THEN_RANDOM);
        assertThat(again.rounds().get(1).eliminated()).isEqualTo(C);
        assertThat(again.rounds().get(1).transfers()).as("A = D with D already out counts for A")
                .contains(new Transfer(A, null, 1));
    }

    @Test
    void an_overvote_at_rank_one_is_exhausted_from_the_first_round() {
        var ballots = List.of(new Ballot(List.of(List.of(A, B))), ranking(A), ranking(B, A));

        var result = InstantRunoff.tabulate(ABC, ballots, BACKWARDS_THEN_RANDOM);

        var first = result.rounds().getFirst();
        assertThat(first.exhausted().overvote()).isEqualTo(1);
        assertThat(first.continuingBallots()).isEqualTo(2);
    }

    @Test
    void skipped_ranks_are_passed_over_however_many_in_a_row() {
        var skipping = new Ballot(List.of(List.of(C), List.of(), List.of(), List.of(B)));
        var ballots = times(3, ranking(A), times(3, ranking(B), times(1, skipping)));

        var result = InstantRunoff.tabulate(ABC, ballots, BACKWARDS_THEN_RANDOM);

        assertThat(result.rounds().getFirst().transfers()).containsExactly(new Transfer(B, null, 1));
        assertThat(result.winner()).isEqualTo(B);
    }

    @Test
    void a_repeated_option_counts_only_at_its_highest_rank() {
        // C, C, B: the second C is ignored, so when C goes the ballot moves on to B
        var repeating = new Ballot(List.of(List.of(C), List.of(C), List.of(B)));
        // A at rank 1 and again inside rank 2 with B: the repeat is ignored, rank 2 counts as B alone (no overvote)
        var repeatInside = new Ballot(List.of(List.of(C), List.of(C, B)));
        var ballots = times(3, ranking(A), times(2, ranking(B), List.of(repeating, repeatInside)));

        var result = InstantRunoff.tabulate(ABC, ballots, BACKWARDS_THEN_RANDOM);

        assertThat(result.rounds().getFirst().votesOf(C)).isEqualTo(2);
        assertThat(result.rounds().getFirst().transfers()).containsExactly(new Transfer(B, null, 2));
        assertThat(result.winner()).isEqualTo(B);
    }

    @Test
    void previous_rounds_break_a_tie_looking_backwards_from_the_latest_earlier_round() {
        // round 1: A 5, B 3, C 4, D 2 -> D out, its 2 go to B -> round 2: A 5, B 5, C 4 -> C out, its 4 split 2/2
        // round 3: A 7, B 7 tied; in round 2 they tied too, in round 1 B had fewer: B is eliminated
        var ballots = times(5, ranking(A), times(3, ranking(B), times(2, ranking(C, A), times(2, ranking(C, B),
                times(2, ranking(D, B), List.of())))));

        var result = InstantRunoff.tabulate(List.of(A, B, C, D), ballots, BACKWARDS_THEN_RANDOM);

        var third = result.rounds().get(2);
        assertThat(third.votesOf(A)).isEqualTo(7);
        assertThat(third.votesOf(B)).isEqualTo(7);
        assertThat(third.eliminated()).isEqualTo(B);
        assertThat(third.tie().tied()).containsExactly(A, B);
        assertThat(third.tie().decidedBy()).isEqualTo(TieBreak.PREVIOUS_ROUNDS);
        assertThat(third.tie().steps()).containsExactly("round 1: 1 had 5, 2 had 3; fewest: [2]");
        assertThat(result.winner()).isEqualTo(A);
        assertThat(result.winningRound()).isEqualTo(4);
    }

    @Test
    void when_earlier_rounds_cannot_separate_the_tie_a_seeded_draw_does_and_repeats_with_the_same_seed() {
        var ballots = times(2, ranking(A), times(2, ranking(B), times(2, ranking(C))));

        var once = InstantRunoff.tabulate(ABC, ballots, BACKWARDS_THEN_RANDOM);
        var again = InstantRunoff.tabulate(ABC, ballots, BACKWARDS_THEN_RANDOM);

        var tie = once.rounds().getFirst().tie();
        assertThat(tie.tied()).containsExactly(A, B, C);
        assertThat(tie.decidedBy()).isEqualTo(TieBreak.RANDOM);
        assertThat(tie.seed()).isEqualTo(42);
        assertThat(tie.steps()).first().asString().contains("still tied");
        assertThat(again).isEqualTo(once);
        // the draw is java.util.Random(seed): reproducible by anyone with the seed and the tied options in listed order
        assertThat(once.rounds().getFirst().eliminated()).isEqualTo(ABC.get(new java.util.Random(42).nextInt(3)));
        var otherSeeds = new java.util.HashSet<Long>();
        for (long seed = 0; seed < 20; seed++) {
            otherSeeds.add(InstantRunoff.tabulate(ABC, ballots, new TieRules(List.of(TieBreak.RANDOM), seed, List.of()))
                    .rounds().getFirst().eliminated());
        }
        assertThat(otherSeeds).as("the seed decides the draw").hasSizeGreaterThan(1);
    }

    @Test
    void a_fixed_order_eliminates_the_tied_option_listed_last() {
        var ballots = times(3, ranking(A), times(2, ranking(B, A), times(2, ranking(C, B))));
        var order = new TieRules(List.of(TieBreak.FIXED_ORDER), 0, List.of(B, C, A));

        var result = InstantRunoff.tabulate(ABC, ballots, order);

        var first = result.rounds().getFirst();
        assertThat(first.tie().tied()).containsExactly(B, C);
        assertThat(first.tie().decidedBy()).isEqualTo(TieBreak.FIXED_ORDER);
        assertThat(first.eliminated()).isEqualTo(C);
        assertThat(result.winner()).isEqualTo(B);
    }

    @Test
    void when_everyone_ties_the_rules_eliminate_one_per_round_until_one_is_left() {
        var ballots = List.of(ranking(A), ranking(B), ranking(C), ranking(D));
        var order = new TieRules(List.of(TieBreak.PREVIOUS_ROUNDS, TieBreak.FIXED_ORDER), 0, List.of());

        var result = InstantRunoff.tabulate(List.of(A, B, C, D), ballots, order);

        assertThat(result.rounds()).extracting(Tabulation.Round::eliminated).containsExactly(D, C, B, null);
        assertThat(result.rounds().getFirst().tie().decidedBy()).isEqualTo(TieBreak.FIXED_ORDER);
        assertThat(result.winner()).isEqualTo(A);
        assertThat(result.rounds().getLast().exhausted().noMoreRankings()).isEqualTo(3);
    }

    @Test
    void a_single_option_wins_with_any_ballot() {
        var result = InstantRunoff.tabulate(List.of(A), List.of(ranking(A)), BACKWARDS_THEN_RANDOM);

        assertThat(result.winner()).isEqualTo(A);
        assertThat(result.rounds()).hasSize(1);
    }

    @Test
    void no_ballots_means_no_winner_and_one_empty_round() {
        var result = InstantRunoff.tabulate(ABC, List.of(), BACKWARDS_THEN_RANDOM);

        assertThat(result.winner()).isNull();
        assertThat(result.winningRound()).isNull();
        assertThat(result.rounds()).singleElement().satisfies(round -> {
            assertThat(round.continuingBallots()).isZero();
            assertThat(round.tallies()).allSatisfy(tally -> assertThat(tally.votes()).isZero());
        });
    }

    @Test
    void a_blank_ballot_counts_as_exhausted_from_the_start() {
        var result = InstantRunoff.tabulate(ABC, List.of(new Ballot(List.of(List.of(), List.of())), ranking(B)),
                BACKWARDS_THEN_RANDOM);

        assertThat(result.ballots()).isEqualTo(2);
        assertThat(result.rounds().getFirst().exhausted().noMoreRankings()).isEqualTo(1);
        assertThat(result.winner()).isEqualTo(B);
    }

    @Test
    void a_chain_must_end_with_a_rule_that_always_decides() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new TieRules(List.of(TieBreak.PREVIOUS_ROUNDS), 0, List.of()))
                .isInstanceOf(IllegalArgumentException.class);
    }

    /**
     * Burlington, Vermont, mayor, 3 March 2009: 8,980 ballots (src/test/resources/decisions, with its source). The
     * official count eliminated Smith, the write-ins and Simpson together after round 1 ("simultaneous drop when
     * mathematically inevitable"); this count eliminates one option per round, so the official rounds 2 and 3 are
     * rounds 4 and 5 here, with the same tallies (those three's ballots reach the same next choices either way).
     * Official tallies: round 1 Wright 2951, Kiss 2585, Montroll 2063, Smith 1306, write-ins 36, Simpson 35, exhausted 4;
     * round 2 Wright 3294, Kiss 2981, Montroll 2554, exhausted 151; round 3 Kiss 4313, Wright 4061, exhausted 606.
     */
    @Test
    void reproduces_the_official_count_of_the_2009_burlington_mayoral_election() throws java.io.IOException {
        long kiss = 1, montroll = 2, simpson = 3, smith = 4, wright = 5, writeIn = 6;
        var candidates = java.util.Map.of("Kiss", kiss, "Montroll", montroll, "Simpson", simpson, "Smith", smith,
                "Wright", wright, "Write-in", writeIn);
        var ballots = new ArrayList<Ballot>();
        try (var in = getClass().getResourceAsStream("/decisions/burlington-2009-mayor.txt")) {
            for (var line : new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).split("\n")) {
                if (line.isBlank() || line.startsWith("#")) continue;
                var parts = line.strip().split(":");
                var ranks = java.util.Arrays.stream(parts[1].split(">"))
                        .map(rank -> java.util.Arrays.stream(rank.split("=")).map(candidates::get).toList()).toList();
                ballots.addAll(Collections.nCopies(Integer.parseInt(parts[0]), new Ballot(ranks)));
            }
        }

        var result = InstantRunoff.tabulate(List.of(kiss, montroll, simpson, smith, wright, writeIn), ballots,
                BACKWARDS_THEN_RANDOM);

        assertThat(result.ballots()).isEqualTo(8980);
        var rounds = result.rounds();
        assertThat(rounds).extracting(Tabulation.Round::eliminated).containsExactly(simpson, writeIn, smith, montroll, null);
        assertThat(rounds.getFirst().tallies()).extracting(Tabulation.Tally::optionId, Tabulation.Tally::votes).containsExactly(
                org.assertj.core.groups.Tuple.tuple(wright, 2951L), org.assertj.core.groups.Tuple.tuple(kiss, 2585L),
                org.assertj.core.groups.Tuple.tuple(montroll, 2063L), org.assertj.core.groups.Tuple.tuple(smith, 1306L),
                org.assertj.core.groups.Tuple.tuple(writeIn, 36L), org.assertj.core.groups.Tuple.tuple(simpson, 35L));
        assertThat(rounds.getFirst().exhausted().total()).isEqualTo(4);
        assertThat(rounds.get(3).tallies()).extracting(Tabulation.Tally::optionId, Tabulation.Tally::votes).containsExactly(
                org.assertj.core.groups.Tuple.tuple(wright, 3294L), org.assertj.core.groups.Tuple.tuple(kiss, 2981L),
                org.assertj.core.groups.Tuple.tuple(montroll, 2554L));
        assertThat(rounds.get(3).exhausted().total()).isEqualTo(151);
        assertThat(rounds.get(4).tallies()).extracting(Tabulation.Tally::optionId, Tabulation.Tally::votes).containsExactly(
                org.assertj.core.groups.Tuple.tuple(kiss, 4313L), org.assertj.core.groups.Tuple.tuple(wright, 4061L));
        assertThat(rounds.get(4).exhausted().total()).isEqualTo(606);
        assertThat(rounds.get(4).threshold()).isEqualTo((4313 + 4061) / 2 + 1);
        assertThat(result.winner()).isEqualTo(kiss);
        assertThat(rounds).allSatisfy(round -> assertThat(round.tie()).isNull());
    }

    private static List<Ballot> times(int count, Ballot ballot, List<Ballot> rest) {
        var all = new ArrayList<>(Collections.nCopies(count, ballot));
        all.addAll(rest);
        return all;
    }

    private static List<Ballot> times(int count, Ballot ballot) {
        return times(count, ballot, List.of());
    }
}
