package dev.duet.collab.wins;

import com.fasterxml.jackson.databind.JsonNode;

import java.time.Instant;
import java.util.List;

/**
 * A win as the feed shows it: what was recorded, the reactions on it (every reaction of the set, with its count and
 * whether the reader gave it) and how many kudos it got.
 */
public record Win(long id, WinKind kind, String source, Long spaceId, String title, String actor, String link,
                  JsonNode details, Instant createdAt, List<ReactionCount> reactions, long kudosCount) {

    public Win {
        reactions = List.copyOf(reactions);
    }

    /** One reaction on one win: how many people gave it and whether the reader is one of them. */
    public record ReactionCount(Reaction reaction, String emoji, String label, long count, boolean mine) {
    }

    /** The total of every reaction, for ordering digests by how much a win was celebrated. */
    public long reactionTotal() {
        return reactions.stream().mapToLong(ReactionCount::count).sum();
    }
}
