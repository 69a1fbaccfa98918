package dev.duet.app;

import dev.duet.collab.wins.IsoWeek;
import dev.duet.collab.wins.WinFilter;
import dev.duet.testing.TestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code duet demo} shows a wins feed with a few weeks of launches, reactions and kudos, made once. */
@ParameterizedClass
@EnumSource(TestDatabase.class)
class DemoWinsIT {

    @Parameter
    TestDatabase database;

    @TempDir
    Path dataDir;

    @Test
    void the_first_run_records_past_wins_with_reactions_and_kudos_once() {
        var given = new DuetConfig.Given(dataDir.toString(), database.newUrl(), null, null, "127.0.0.1", 0, null, null,
                null, null, null, null);
        try (var wiring = new Wiring(DuetConfig.from(given, Map.of()), Clock.systemUTC())) {
            var demo = DemoCommand.prepare(wiring);
            DemoCommand.simulateTraffic(wiring, demo);
            long recorded = wiring.winsFeed.count(WinFilter.ALL);

            var feed = wiring.winsFeed.list(WinFilter.ALL, 0, 0, 20);
            assertThat(feed).extracting(win -> win.source()).contains("demo:release:autumn:merged", "demo:story:careers:live");
            assertThat(feed).anyMatch(win -> win.kudosCount() > 0).anyMatch(win -> win.reactionTotal() > 0);
            var lastWeek = IsoWeek.lastComplete(wiring.clock.instant());
            assertThat(wiring.winDigests.of(lastWeek, 0).total() + wiring.winDigests.of(lastWeek.previous(), 0).total())
                    .as("the last two weeks have wins to digest").isPositive();

            DemoCommand.simulateTraffic(wiring, DemoCommand.prepare(wiring));
            assertThat(wiring.winsFeed.count(WinFilter.ALL)).isEqualTo(recorded);
        }
    }
}
