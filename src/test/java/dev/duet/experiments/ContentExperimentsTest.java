package dev.duet.experiments;

import dev.duet.web.Json;
import org.junit.jupiter.api.Test;

import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** Finding and replacing experiment blocks wherever they stand in content, and what a metric counts. */
class ContentExperimentsTest {

    private static final String CONTENT = """
            {"component": "page", "_uid": "root",
             "body": [{"component": "duet_experiment", "_uid": "exp-1", "key": "hero-test",
                       "variants": [{"component": "hero", "_uid": "a"},
                                    {"component": "hero", "_uid": "b", "items": [{"component": "cta", "_uid": "b-cta"}]}]}],
             "text": {"type": "doc", "content": [{"type": "blok", "attrs": {"id": "n", "body": [
                       {"component": "duet_experiment", "_uid": "exp-2", "key": "inline-test", "variants": []}]}}]}}""";

    @Test
    void experiments_are_found_in_bloks_fields_and_richtext_in_document_order() {
        var found = ContentExperiments.in(Json.tree(CONTENT));

        assertThat(found).extracting(block -> block.get("key").asText()).containsExactly("hero-test", "inline-test");
        assertThat(ContentExperiments.find(Json.tree(CONTENT), "inline-test").get("_uid").asText()).isEqualTo("exp-2");
        assertThat(ContentExperiments.find(Json.tree(CONTENT), "nope")).isNull();
    }

    @Test
    void replacing_a_block_changes_a_copy_and_leaves_the_rest_alone() {
        var content = Json.tree(CONTENT);
        var variant = content.at("/body/0/variants/1").deepCopy();

        var shipped = ContentExperiments.replaced(content, "exp-1", old -> variant);

        assertThat(shipped.at("/body/0/_uid").asText()).isEqualTo("b");
        assertThat(shipped.at("/text/content/0/attrs/body/0/_uid").asText()).isEqualTo("exp-2");
        assertThat(content.at("/body/0/_uid").asText()).as("the original is unchanged").isEqualTo("exp-1");
        var inRichtext = ContentExperiments.replaced(content, "exp-2", old -> Json.tree("{\"component\": \"cta\", \"_uid\": \"c\"}"));
        assertThat(inRichtext.at("/text/content/0/attrs/body/0/_uid").asText()).isEqualTo("c");
    }

    @Test
    void a_click_goal_on_the_experiment_counts_every_block_inside_it_and_other_metrics_their_one_key() {
        var experiment = Json.tree(CONTENT).at("/body/0");
        var inside = ContentExperiments.uidsInside(experiment);
        assertThat(inside).containsExactly("exp-1", "a", "b", "b-cta");

        var clickInside = Metric.of(Json.tree("{\"type\": \"click\", \"block\": \"exp-1\"}"));
        assertThat(clickInside.metricKeys("exp-1", inside)).containsExactlyInAnyOrder("click:exp-1", "click:a", "click:b", "click:b-cta");
        assertThat(clickInside.name()).isEqualTo("Clicks on exp-1");
        assertThat(Metric.of(Json.tree("{\"type\": \"click\", \"block\": \"cta-9\"}")).metricKeys("exp-1", inside)).isEqualTo(Set.of("click:cta-9"));
        var revenue = Metric.of(Json.tree("{\"type\": \"custom\", \"event\": \"purchase\", \"aggregation\": \"sum\", \"name\": \"Revenue\"}"));
        assertThat(revenue.metricKeys("exp-1", inside)).isEqualTo(Set.of("custom:purchase"));
        assertThat(revenue.aggregation()).isEqualTo(Metric.Aggregation.SUM);
        assertThat(Metric.of(Json.tree("{\"type\": \"conversion\", \"event\": \"signup\"}")).metricKeys("exp-1", inside))
                .isEqualTo(Set.of("conversion:signup"));
    }
}
