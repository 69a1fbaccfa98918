package dev.duet.app;

import dev.duet.collab.goals.Driver;
import dev.duet.collab.goals.GoalViews.KeyResultView;
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

/** The demo's goals tell journey 5: one shared objective with a live Insights, a live Duet and a manual key result. */
@ParameterizedClass
@EnumSource(TestDatabase.class)
class DemoGoalsIT {

    @Parameter
    TestDatabase database;

    @TempDir
    Path dataDir;

    @Test
    void the_demo_sets_this_quarter_s_objectives_with_live_and_manual_key_results() {
        var given = new DuetConfig.Given(dataDir.toString(), database.newUrl(), null, null, "127.0.0.1", 0, null, null,
                null, null, null, null);
        try (var wiring = new Wiring(DuetConfig.from(given, Map.of()), Clock.systemUTC())) {
            var demo = DemoCommand.prepare(wiring);
            long admin = wiring.users.list(0, 1).getFirst().id();

            DemoGoals.create(wiring.goals, demo.space().id(), admin, DemoCommand.ADMIN_EMAIL, DemoGoals.today(wiring.clock));

            var objectives = wiring.goals.list(null);
            assertThat(objectives).extracting(objective -> objective.title())
                    .containsExactly("Grow qualified signups", "A site that never lets a campaign down");
            var signups = objectives.getFirst();
            assertThat(objectives.get(1).parentId()).isEqualTo(signups.id());
            assertThat(signups.keyResults()).extracting(keyResult -> keyResult.driver().get("kind"))
                    .containsExactly("insights", "operational", "manual");
            KeyResultView stories = signups.keyResults().get(2);
            assertThat(stories.currentValue()).isEqualTo(3.0);
            assertThat(stories.score()).isEqualTo(0.5);
            assertThat(wiring.goals.checkIns(stories.id())).hasSize(2);
            assertThat(signups.keyResults().getFirst().driver()).containsEntry("space_id", demo.space().id())
                    .containsEntry("metric", Driver.LiveMetric.CONVERSION_RATE.id());
        }
    }
}
