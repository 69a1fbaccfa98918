package dev.duet.collab.wins;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Builds a week's digest from the feed. Thread-safe: holds no state of its own. */
public final class WinDigests {

    /** More wins than a team reads in one email; the digest says how many there were in all. */
    static final int MAX_WINS = 200;
    static final int TOP_KUDOS = 5;
    static final int TOP_MAKERS = 5;

    private final Wins wins;

    public WinDigests(Wins wins) {
        this.wins = wins;
    }

    /** The digest of {@code week} as {@code readerId} sees it (0 for nobody: the webhook's digest marks no reaction mine). */
    public WinDigest of(IsoWeek week, long readerId) {
        var filter = new WinFilter(null, null, week.start(), week.end());
        var found = wins.list(filter, readerId, 0, MAX_WINS);
        var groups = new ArrayList<WinDigest.Group>();
        for (var kind : WinKind.values()) {
            var ofKind = found.stream().filter(win -> win.kind() == kind).toList();
            if (!ofKind.isEmpty()) groups.add(new WinDigest.Group(kind, label(kind), icon(kind), ofKind));
        }
        var titles = new LinkedHashMap<Long, String>();
        found.forEach(win -> titles.put(win.id(), win.title()));
        var kudos = wins.kudosBetween(week.start(), week.end(), TOP_KUDOS).stream()
                .map(k -> new WinDigest.QuotedKudos(k.winId(), titles.getOrDefault(k.winId(), "a win"), k.author(),
                        k.text(), k.createdAt()))
                .toList();
        return new WinDigest(week.toString(), week.start(), week.end(), wins.count(filter), groups, kudos, makers(found));
    }

    private static List<WinDigest.Maker> makers(List<Win> found) {
        var counts = new LinkedHashMap<String, Long>();
        for (var win : found) counts.merge(win.actor(), 1L, Long::sum);
        return counts.entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue(Comparator.reverseOrder()).thenComparing(Map.Entry.comparingByKey()))
                .limit(TOP_MAKERS).map(entry -> new WinDigest.Maker(entry.getKey(), entry.getValue())).toList();
    }

    /** How people read a kind, as headings. */
    public static String label(WinKind kind) {
        return switch (kind) {
            case STORY_LIVE -> "New pages live";
            case RELEASE_LIVE -> "Releases shipped";
            case EXPERIMENT_WON -> "Experiments won";
            case KEY_RESULT_REACHED -> "Key results reached";
            case REQUEST_DELIVERED -> "Requests delivered";
        };
    }

    public static String icon(WinKind kind) {
        return switch (kind) {
            case STORY_LIVE -> "📄";
            case RELEASE_LIVE -> "📦";
            case EXPERIMENT_WON -> "🧪";
            case KEY_RESULT_REACHED -> "🎯";
            case REQUEST_DELIVERED -> "✅";
        };
    }
}
