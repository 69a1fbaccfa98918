package dev.duet.app;

import dev.duet.analytics.ExperimentData.Aggregation;
import dev.duet.analytics.ExperimentData.VariationTotals;
import dev.duet.content.Spaces;
import dev.duet.testing.Client;
import dev.duet.testing.TestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code duet demo} gives a working visual editor out of the box: the demo space previews on the bundled demo site. */
@ParameterizedClass
@EnumSource(TestDatabase.class)
class DemoCommandIT {

    @Parameter
    TestDatabase database;

    @TempDir
    Path dataDir;

    private Wiring wiring(String databaseUrl) {
        var given = new DuetConfig.Given(dataDir.toString(), databaseUrl, null, null, "127.0.0.1", 0, null, null, null,
                null, null, null);
        return new Wiring(DuetConfig.from(given, Map.of()), Clock.systemUTC());
    }

    @Test
    void the_demo_space_it_creates_previews_on_the_demo_site_duet_serves() {
        try (var wiring = wiring(database.newUrl())) {
            var demo = DemoCommand.prepare(wiring);
            var server = wiring.startServer();
            var url = StartCommand.url(wiring, server.port());

            var space = DemoCommand.previewOnDemoSite(wiring, demo, url);

            assertThat(demo.created()).isTrue();
            assertThat(space.previewUrl()).isEqualTo("http://127.0.0.1:" + server.port() + "/demo-site/");
            assertThat(wiring.spaces.get(space.id()).previewUrl()).isEqualTo(space.previewUrl());
            var site = new Client(space.previewUrl().replaceFirst("/demo-site/$", "")).get("/demo-site/");
            assertThat(site.status()).isEqualTo(200);
            assertThat(site.header("Content-Type")).startsWith("text/html");
        }
    }

    @Test
    void the_first_run_starts_an_experiment_and_simulates_four_weeks_of_visits_once() {
        try (var wiring = wiring(database.newUrl())) {
            var demo = DemoCommand.prepare(wiring);
            DemoCommand.simulateTraffic(wiring, demo);

            var totals = signups(wiring, demo.space().id());
            assertThat(totals).extracting(VariationTotals::variation).containsExactly(0, 1);
            assertThat(totals).allSatisfy(variation -> {
                assertThat(variation.units()).isGreaterThan(1000);
                assertThat(variation.sum()).isPositive();
            });

            DemoCommand.simulateTraffic(wiring, DemoCommand.prepare(wiring));
            assertThat(signups(wiring, demo.space().id())).isEqualTo(totals);
        }
    }

    private static List<VariationTotals> signups(Wiring wiring, long spaceId) {
        return wiring.experimentData.totals(spaceId, DemoExperiment.KEY, Set.of("conversion:signup"), Aggregation.ANY);
    }

    @Test
    void the_start_up_text_names_the_demo_site_with_the_public_token() {
        try (var wiring = wiring(database.newUrl())) {
            var demo = DemoCommand.prepare(wiring);
            var space = DemoCommand.previewOnDemoSite(wiring, demo, "http://127.0.0.1:8080/");
            var publicToken = wiring.spaces.tokens(space.id()).stream()
                    .filter(token -> token.access().equals("public")).findFirst().orElseThrow().token();

            var banner = DemoCommand.banner(wiring, space, "http://127.0.0.1:8080/");

            assertThat(banner).contains("Duet demo is running at http://127.0.0.1:8080/", "open:     http://127.0.0.1:8080/admin",
                    "site:     http://127.0.0.1:8080/demo-site/?token=" + publicToken, "public token: " + publicToken);
        }
    }

    @Test
    void a_later_run_on_another_port_moves_the_preview_url_along_but_keeps_one_set_to_another_site() {
        var databaseUrl = database.newUrl();
        try (var wiring = wiring(databaseUrl)) {
            DemoCommand.previewOnDemoSite(wiring, DemoCommand.prepare(wiring), "http://127.0.0.1:8080/");
        }
        try (var wiring = wiring(databaseUrl)) {
            var again = DemoCommand.prepare(wiring);

            var moved = DemoCommand.previewOnDemoSite(wiring, again, "http://localhost:9090/");

            assertThat(again.created()).isFalse();
            assertThat(wiring.spaces.list()).hasSize(1);
            assertThat(moved.previewUrl()).isEqualTo("http://localhost:9090/demo-site/");
            wiring.spaces.update(moved.id(), new Spaces.Settings(null, null, null, "https://www.acme.example/"));
            var ownSite = DemoCommand.previewOnDemoSite(wiring, DemoCommand.prepare(wiring), "http://localhost:7070/");
            assertThat(ownSite.previewUrl()).isEqualTo("https://www.acme.example/");
        }
    }
}
