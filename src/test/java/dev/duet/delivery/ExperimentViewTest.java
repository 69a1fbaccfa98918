package dev.duet.delivery;

import dev.duet.experiments.ExperimentBlock;
import dev.duet.experiments.ExperimentStatus;
import dev.duet.failure.InvalidInput;
import dev.duet.web.Json;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Which variation a request shows, and the combination text that keys delivery's cache. */
class ExperimentViewTest {

    private static ExperimentBlock block(String uid, String key, String status) {
        return ExperimentBlock.of(Json.mapper().valueToTree(Map.of("component", "duet_experiment", "_uid", uid,
                "key", key, "status", status, "variants", List.of(Map.of("_uid", "a"), Map.of("_uid", "b")))));
    }

    @Test
    void the_parameter_wins_over_the_header_and_blank_values_mean_no_visitor() {
        assertThat(ExperimentView.of(QueryParams.parse("visitor=q"), "h").visitor()).isEqualTo("q");
        assertThat(ExperimentView.of(QueryParams.parse("token=t"), " h ").visitor()).isEqualTo("h");
        assertThat(ExperimentView.of(QueryParams.parse("visitor="), "  ")).isEqualTo(ExperimentView.NONE);
    }

    @Test
    void forced_variations_are_read_and_malformed_ones_refused_naming_the_parameter() {
        var view = ExperimentView.of(QueryParams.parse("experiment_variations=hero-test:1,%20pricing%20:0,"), null);

        assertThat(view.forced()).isEqualTo(Map.of("hero-test", 1, "pricing", 0));
        for (var bad : List.of("hero", "hero:", ":1", "hero:-1", "hero:1x", "hero:12345")) {
            assertThatThrownBy(() -> ExperimentView.of(QueryParams.parse("experiment_variations=" + bad), null))
                    .as(bad).isInstanceOf(InvalidInput.class).hasMessageStartingWith("experiment_variations:");
        }
        assertThatThrownBy(() -> ExperimentView.of(QueryParams.NONE, "v".repeat(129))).isInstanceOf(InvalidInput.class)
                .hasMessageStartingWith("X-Duet-Visitor:");
    }

    @Test
    void choices_follow_forcing_then_status_then_the_visitor() {
        var running = block("e1", "hero", "running");
        var stopped = block("e2", "old", "stopped");
        var visitor = new ExperimentView("v1", Map.of());

        assertThat(ExperimentView.NONE.choose(running)).isEqualTo(new ExperimentView.Unresolved());
        assertThat(ExperimentView.NONE.choose(stopped)).isEqualTo(new ExperimentView.Shown(0, false, false));
        assertThat(visitor.choose(running)).isEqualTo(new ExperimentView.Shown(running.assign("v1").orElseThrow(), true, false));
        assertThat(new ExperimentView("v1", Map.of("old", 1)).choose(stopped)).isEqualTo(new ExperimentView.Shown(1, false, true));
        assertThat(new ExperimentView(null, Map.of("hero", 5)).choose(running)).isEqualTo(new ExperimentView.Unresolved());
        assertThat(stopped.status()).isEqualTo(ExperimentStatus.STOPPED);
    }

    @Test
    void the_combination_names_each_block_by_uid_in_order_and_only_a_deciding_visitor_makes_an_answer_personal() {
        var blocks = List.of(block("z", "hero", "running"), block("a", "old", "draft"));
        var visitor = new ExperimentView("v1", Map.of());
        int variation = blocks.getFirst().assign("v1").orElseThrow();

        assertThat(ExperimentView.NONE.combination(blocks)).isEqualTo("a=0-,z=?,");
        assertThat(visitor.combination(blocks)).isEqualTo("a=0-,z=" + variation + ",");
        assertThat(new ExperimentView(null, Map.of("hero", 1)).combination(blocks)).isEqualTo("a=0-,z=1f,");
        assertThat(ExperimentView.NONE.combination(List.of())).isEmpty();
        assertThat(visitor.personal(blocks)).isTrue();
        assertThat(new ExperimentView("v1", Map.of("hero", 0)).personal(blocks)).isFalse();
        assertThat(visitor.personal(List.of(blocks.get(1)))).isFalse();
        assertThat(ExperimentView.anyRunning(List.of(blocks.get(1)))).isFalse();
    }
}
