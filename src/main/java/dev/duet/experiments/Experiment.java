package dev.duet.experiments;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * An experiment as the API shows it: where its block stands (story and block uid), its status in the draft and in
 * the published version ({@code liveStatus}, null while unpublished or not in the published version; {@code status}
 * is null when only the published version still holds it), its variants and settings with their defaults filled in
 * (the planned analysis among them),
 * and how many visitors were exposed to it since {@code startedAt} (the first exposure).
 */
public record Experiment(String key, long storyId, String storyName, String fullSlug, int storyVersion, String blockUid,
                         String status, String liveStatus, List<Variant> variants, List<Double> weights, double coverage,
                         int hashVersion, List<JsonNode> goals, List<JsonNode> guardrails, Long plannedUnits,
                         @JsonIgnore ResultsMethod plannedMethod, long units, Instant startedAt,
                         @JsonIgnore ExperimentBlock block, @JsonIgnore JsonNode node) {

    /** One arm: {@code variation} 0 is the control. */
    public record Variant(int variation, String name, String component, String uid) {
    }

    public Experiment {
        variants = List.copyOf(variants);
        weights = List.copyOf(weights);
        goals = List.copyOf(goals);
        guardrails = List.copyOf(guardrails);
    }

    /** How its results are read unless a reader asks for another method: engine, correction and prior. */
    @JsonProperty("analysis")
    public Map<String, Object> analysis() {
        return plannedMethod.settings();
    }

    @JsonIgnore
    public List<Metric> goalMetrics() {
        return goals.stream().map(Metric::of).toList();
    }

    @JsonIgnore
    public List<Metric> guardrailMetrics() {
        return guardrails.stream().map(Metric::of).toList();
    }

    /** Whether the draft still holds this experiment, so it can be started, stopped or shipped. */
    @JsonIgnore
    public boolean inDraft() {
        return status != null;
    }
}
