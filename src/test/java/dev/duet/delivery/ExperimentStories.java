package dev.duet.delivery;

import com.fasterxml.jackson.databind.JsonNode;
import dev.duet.experiments.ExperimentBlock;
import dev.duet.web.Json;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Content with experiment blocks for delivery tests, on the Acme site's components: a page whose body holds a hero
 * experiment, a feature grid with an experiment among its features (nested) and a rich text whose blok node holds a
 * call-to-action experiment.
 */
final class ExperimentStories {

    private ExperimentStories() {
    }

    static Map<String, Object> hero(String uid, String headline) {
        return Map.of("component", "hero", "_uid", uid, "headline", headline);
    }

    static Map<String, Object> experiment(String uid, String key, String status, List<Map<String, Object>> variants,
                                          Map<String, Object> extra) {
        var block = new HashMap<String, Object>(Map.of("component", ExperimentBlock.COMPONENT, "_uid", uid, "key", key,
                "status", status, "variants", variants));
        // a running experiment must name the goal that decides it; the tests here are about delivery, so one will do
        block.put("goals", List.of(Map.of("type", "conversion", "event", "signup")));
        block.putAll(extra);
        return block;
    }

    static Map<String, Object> heroExperiment(String status, Map<String, Object> extra) {
        return experiment("exp-hero", "hero-test", status,
                List.of(hero("hero-a", "Ship with confidence"), hero("hero-b", "Ship faster")),
                withNames(extra, List.of("Control", "Shorter headline")));
    }

    /** A page with the hero experiment, the nested feature experiment and the richtext CTA experiment. */
    static Map<String, Object> page(Map<String, Object> heroExperiment) {
        var features = Map.<String, Object>of("component", "feature_grid", "_uid", "grid", "features", List.of(
                experiment("exp-feature", "feature-test", "running", List.of(
                        Map.of("component", "feature", "_uid", "feature-a", "title", "Fast"),
                        Map.of("component", "feature", "_uid", "feature-b", "title", "Faster")), Map.of())));
        var richtext = Map.<String, Object>of("component", "rich_text", "_uid", "text", "text", Map.of("type", "doc",
                "content", List.of(Map.of("type", "blok", "attrs", Map.of("id", "blok-node", "body", List.of(
                        experiment("exp-cta", "cta-test", "running", List.of(
                                Map.of("component", "cta", "_uid", "cta-a", "headline", "Try it"),
                                Map.of("component", "cta", "_uid", "cta-b", "headline", "Start now")), Map.of())))))));
        return Map.of("component", "page", "_uid", "root", "body", List.of(heroExperiment, features, richtext));
    }

    private static Map<String, Object> withNames(Map<String, Object> extra, List<String> names) {
        var all = new HashMap<>(extra);
        all.putIfAbsent("variant_names", names);
        return all;
    }

    /** The block as delivery reads it, for computing expected assignments. */
    static ExperimentBlock block(Map<String, Object> stored) {
        return ExperimentBlock.of(Json.mapper().valueToTree(stored));
    }

    static JsonNode hero(JsonNode story) {
        return story.at("/content/body/0");
    }

    static JsonNode feature(JsonNode story) {
        return story.at("/content/body/1/features/0");
    }

    static JsonNode cta(JsonNode story) {
        return story.at("/content/body/2/text/content/0/attrs/body/0");
    }
}
