package dev.duet.collab.decisions;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.duet.access.Team;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;

/**
 * A decision put to a ranked-choice vote. {@code status} is as of the reading: an open vote whose {@code closesAt} has
 * passed reads as closed (at {@code closesAt}). {@code teamsMissing} names the teams with no voter, a warning that
 * the choice would not be made together. The fixed tie-break order is the options' listed order; {@code seed} is the
 * random tie-break's seed, set at the latest on opening.
 */
public record Decision(long id, String title, String question, String context, DecisionStatus status,
                       List<DecisionOption> options, List<Voter> voters, List<TieBreak> tieBreak, Long seed,
                       Instant opensAt, Instant closesAt, Instant openedAt, Instant closedAt, String closedBy,
                       String createdBy, Instant createdAt, Instant updatedAt) {

    public Decision {
        options = List.copyOf(options);
        voters = List.copyOf(voters);
        tieBreak = List.copyOf(tieBreak);
    }

    /** How many of the invited voters have cast a ballot. */
    public record Turnout(int voters, int voted) {
    }

    @JsonProperty
    public Turnout turnout() {
        return new Turnout(voters.size(), (int) voters.stream().filter(Voter::hasVoted).count());
    }

    @JsonProperty
    public List<Team> teamsMissing() {
        return Arrays.stream(Team.values())
                .filter(team -> voters.stream().noneMatch(voter -> voter.teams().contains(team))).toList();
    }

    boolean isVoter(long userId) {
        return voters.stream().anyMatch(voter -> voter.userId() == userId);
    }

    List<Long> optionIds() {
        return options.stream().map(DecisionOption::id).toList();
    }

    TieRules tieRules() {
        return new TieRules(tieBreak, seed == null ? 0 : seed, optionIds());
    }
}
