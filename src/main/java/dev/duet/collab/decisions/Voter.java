package dev.duet.collab.decisions;

import dev.duet.access.Team;

import java.util.List;

/**
 * A person invited to vote, as they were when invited (their teams follow from their role then). Whether they have
 * voted is public to readers of the decision; what they voted never is.
 */
public record Voter(long userId, String name, String email, List<Team> teams, boolean hasVoted) {
    public Voter {
        teams = List.copyOf(teams);
    }
}
