package dev.duet.experiments;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * An experiment block as stored in content: {@code {"component": "duet_experiment", "_uid", "key", "status",
 * "variants": [block, block, ...], "variant_names", "weights", "coverage", "seed", "hash_version", "namespace":
 * ["id", start, end], "goals": [...], "guardrails": [...], "planned_units"}}. Variant 0 is the control. Reading is
 * lenient (missing values take their defaults); the content validator refuses malformed blocks before they are saved.
 */
public record ExperimentBlock(String uid, String key, ExperimentStatus status, List<JsonNode> variants,
                              List<String> variantNames, List<Double> weights, double coverage, String seed,
                              int hashVersion, Namespace namespace, Assignment assignment) {

    public static final String COMPONENT = "duet_experiment";
    public static final int DEFAULT_HASH_VERSION = 2;

    public ExperimentBlock {
        variants = List.copyOf(variants);
        variantNames = List.copyOf(variantNames);
        weights = weights == null ? null : List.copyOf(weights);
    }

    /** The block with its {@link Assignment} prepared from the other values. */
    public ExperimentBlock(String uid, String key, ExperimentStatus status, List<JsonNode> variants,
                           List<String> variantNames, List<Double> weights, double coverage, String seed,
                           int hashVersion, Namespace namespace) {
        this(uid, key, status, variants, variantNames, weights, coverage, seed, hashVersion, namespace,
                Assignment.of(status, variants.size(), weights, coverage, seed.isEmpty() ? key : seed, hashVersion,
                        namespace));
    }

    public static boolean isExperiment(JsonNode block) {
        return block != null && block.isObject() && COMPONENT.equals(block.path("component").asText(null));
    }

    /** Reads {@code block}, which must be an experiment block ({@link #isExperiment}). */
    public static ExperimentBlock of(JsonNode block) {
        var variants = new ArrayList<JsonNode>();
        block.path("variants").forEach(variants::add);
        var names = new ArrayList<String>();
        for (int i = 0; i < variants.size(); i++) {
            var name = block.path("variant_names").path(i).asText("");
            names.add(name.isBlank() ? defaultName(i) : name);
        }
        var status = ExperimentStatus.parse(block.path("status").asText(null));
        return new ExperimentBlock(block.path("_uid").asText(""), block.path("key").asText(""),
                status == null ? ExperimentStatus.DRAFT : status, variants, names, weights(block.path("weights")),
                block.path("coverage").isNumber() ? block.path("coverage").asDouble() : 1.0,
                block.path("seed").asText(""), block.path("hash_version").asInt(DEFAULT_HASH_VERSION),
                namespace(block.path("namespace")));
    }

    /** "Control", "Variant B", "Variant C", ... */
    public static String defaultName(int index) {
        return index == 0 ? "Control" : "Variant " + (char) ('A' + index);
    }

    private static List<Double> weights(JsonNode node) {
        if (!node.isArray() || node.isEmpty()) return null;
        var weights = new ArrayList<Double>();
        node.forEach(weight -> weights.add(weight.asDouble()));
        return weights;
    }

    private static Namespace namespace(JsonNode node) {
        if (!node.isArray() || node.size() != 3) return null;
        return new Namespace(node.get(0).asText(), node.get(1).asDouble(), node.get(2).asDouble());
    }

    /** The seed hashed with the visitor: the block's own, else its key. */
    public String hashSeed() {
        return seed.isEmpty() ? key : seed;
    }

    /**
     * The variation {@code visitor} sees, GrowthBook's pure bucketing: none unless running with two or more variants,
     * a visitor id, and the visitor inside the namespace and the coverage.
     */
    public Optional<Integer> assign(String visitor) {
        int chosen = assignment.variation(visitor);
        return chosen < 0 ? Optional.empty() : Optional.of(chosen);
    }
}
