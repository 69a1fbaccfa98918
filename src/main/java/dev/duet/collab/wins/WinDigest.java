package dev.duet.collab.wins;

import java.time.Instant;
import java.util.List;

/**
 * A week of wins: every win of the week grouped by kind (in the order of {@link WinKind}), the kudos worth quoting,
 * and who made the wins happen. The same value answers as JSON, renders as the HTML page and is sent to the webhook.
 */
public record WinDigest(String week, Instant from, Instant until, long total, List<Group> groups,
                        List<QuotedKudos> topKudos, List<Maker> makers) {

    public WinDigest {
        groups = List.copyOf(groups);
        topKudos = List.copyOf(topKudos);
        makers = List.copyOf(makers);
    }

    /** The wins of one kind, newest first. */
    public record Group(WinKind kind, String label, String icon, List<Win> wins) {
        public Group {
            wins = List.copyOf(wins);
        }
    }

    /** Kudos with the title of the win they thank for. */
    public record QuotedKudos(long winId, String winTitle, String author, String text, Instant createdAt) {
    }

    /** Someone who made wins happen this week, and how many. */
    public record Maker(String actor, long wins) {
    }
}
