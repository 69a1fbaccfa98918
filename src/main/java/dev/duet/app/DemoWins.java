package dev.duet.app;

import dev.duet.collab.wins.NewWin;
import dev.duet.collab.wins.Reaction;
import dev.duet.collab.wins.WinKind;
import dev.duet.collab.wins.WinLog;
import dev.duet.collab.wins.Wins;
import dev.duet.content.Space;
import dev.duet.storage.Database;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

/**
 * The demo's wins feed: a few launches of the Acme team over the past weeks, with reactions and kudos, so the Wins
 * screen and the weekly digest have something to celebrate on the first start. Each is recorded through the wins'
 * public API with a clock set to when it happened; sources start with {@code demo:} so they never meet real ones.
 */
final class DemoWins {

    /** One past win: how many days ago, what, and the kudos it got. */
    private record Past(int daysAgo, WinKind kind, String source, String title, String actor, String link,
                        Map<String, Object> details, List<Reaction> reactions, String kudos) {
    }

    private DemoWins() {
    }

    /** Records the demo wins in {@code space}, reacting and thanking as the demo admin. */
    static void record(Wiring wiring, Space space, String adminEmail) {
        wiring.users.list(0, 100).stream().filter(user -> user.email().equals(adminEmail)).findFirst().ifPresent(admin ->
                record(wiring.database, space, admin.id(), adminEmail, wiring.clock.instant()));
    }

    private static void record(Database database, Space space, long adminId, String adminEmail, Instant now) {
        var base = "/admin/spaces/" + space.id();
        var past = List.of(
                new Past(19, WinKind.STORY_LIVE, "demo:story:webinar:live", "“Webinar: headless in 30 minutes” is live",
                        "lea@acme.example", base + "/content", Map.of("full_slug", "events/webinar"),
                        List.of(Reaction.TADA, Reaction.ROCKET), "Registrations opened two days early. Great teamwork!"),
                new Past(12, WinKind.RELEASE_LIVE, "demo:release:autumn:merged", "Release “Autumn campaign” is live (4 stories)",
                        "tom@acme.example", base + "/releases", Map.of("story_count", 4),
                        List.of(Reaction.CLAP), "Four pages at once, zero downtime. Thanks IT!"),
                new Past(9, WinKind.EXPERIMENT_WON, "demo:experiment:hero-headline:shipped",
                        "“Shorter headline” won experiment home-hero (+8.4% sign-ups)", "lea@acme.example",
                        base + "/experiments", Map.of("experiment", "home-hero", "lift", 0.084, "chance_to_win", 0.97),
                        List.of(Reaction.BULB, Reaction.TADA), "Shorter really is better. Rolling this out to the other landing pages."),
                new Past(3, WinKind.STORY_LIVE, "demo:story:careers:live", "“Careers” is live", "tom@acme.example",
                        base + "/content", Map.of("full_slug", "careers"), List.of(Reaction.HEART), null));
        for (var win : past) {
            var at = now.minus(Duration.ofDays(win.daysAgo()));
            var clock = Clock.fixed(at, ZoneOffset.UTC);
            database.writeVoid(handle -> new WinLog(clock).record(handle, new NewWin(win.kind(), win.source(), space.id(),
                    win.title(), win.actor(), win.link(), win.details())));
            var wins = new Wins(database, Clock.fixed(at.plus(Duration.ofHours(2)), ZoneOffset.UTC));
            var recorded = wins.bySource(win.source(), adminId);
            if (recorded.isEmpty()) continue;
            long winId = recorded.get().id();
            win.reactions().forEach(reaction -> wins.react(winId, adminId, reaction, true));
            if (win.kudos() != null) wins.addKudos(winId, adminId, adminEmail, win.kudos());
        }
    }
}
