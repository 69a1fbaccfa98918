package dev.duet.experiments;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.duet.analytics.ExperimentData;
import dev.duet.content.Spaces;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The space's experiments, read from its stories' content: every experiment block of a draft, and those only the
 * published version still holds. A key names one experiment; should two stories hold the same key (content imported
 * from elsewhere: saves refuse it), the story created first wins. Thread-safe.
 */
public final class Experiments {

    private final Spaces spaces;
    private final ExperimentStories stories;
    private final ExperimentData data;

    public Experiments(Spaces spaces, ExperimentStories stories, ExperimentData data) {
        this.spaces = spaces;
        this.stories = stories;
        this.data = data;
    }

    public List<Experiment> list(long spaceId, ExperimentFilter filter) {
        return all(spaceId).values().stream().filter(filter::matches).toList();
    }

    /** The experiment with {@code key}, or {@link ExperimentNotFound}. */
    public Experiment get(long spaceId, String key) {
        var experiment = all(spaceId).get(key);
        if (experiment == null) throw new ExperimentNotFound(key);
        return experiment;
    }

    private Map<String, Experiment> all(long spaceId) {
        spaces.get(spaceId);
        var exposures = data.exposures(spaceId);
        var found = new LinkedHashMap<String, Experiment>();
        for (var holder : stories.holders(spaceId)) {
            var live = byKey(holder.live());
            var draft = byKey(holder.draft());
            draft.forEach((key, block) -> found.putIfAbsent(key, experiment(holder, block, status(block),
                    live.containsKey(key) ? status(live.get(key)) : null, exposures.get(key))));
            live.forEach((key, block) -> {
                if (!draft.containsKey(key)) found.putIfAbsent(key, experiment(holder, block, null, status(block), exposures.get(key)));
            });
        }
        return found;
    }

    private static Map<String, ObjectNode> byKey(JsonNode content) {
        var blocks = new LinkedHashMap<String, ObjectNode>();
        if (content != null) {
            ContentExperiments.in(content).forEach(block -> {
                var key = block.path("key").asText("");
                if (!key.isEmpty()) blocks.putIfAbsent(key, block);
            });
        }
        return blocks;
    }

    private static String status(ObjectNode block) {
        return ExperimentBlock.of(block).status().label();
    }

    private static Experiment experiment(ExperimentStories.Holder holder, ObjectNode node, String status,
                                         String liveStatus, ExperimentData.Exposure exposure) {
        var block = ExperimentBlock.of(node);
        var variants = new ArrayList<Experiment.Variant>();
        for (int i = 0; i < block.variants().size(); i++) {
            var variant = block.variants().get(i);
            variants.add(new Experiment.Variant(i, block.variantNames().get(i), variant.path("component").asText(null),
                    variant.path("_uid").asText(null)));
        }
        var weights = block.weights() != null && block.weights().size() == variants.size()
                ? block.weights() : BucketRanges.equalWeights(variants.size());
        var planned = node.path("planned_units");
        return new Experiment(block.key(), holder.id(), holder.name(), holder.fullSlug(), holder.version(), block.uid(),
                status, liveStatus, variants, weights, block.coverage(), block.hashVersion(), list(node.path("goals")),
                list(node.path("guardrails")), planned.canConvertToExactIntegral() ? planned.longValue() : null,
                ResultsMethod.planned(node.get("analysis")), exposure == null ? 0 : exposure.units(), exposure == null ? null : exposure.firstAt(), block, node);
    }

    private static List<JsonNode> list(JsonNode array) {
        var items = new ArrayList<JsonNode>();
        if (array.isArray()) array.forEach(items::add);
        return items;
    }

    /** Keys held by {@code content}, for the space-wide uniqueness check. */
    static Map<String, ObjectNode> keysIn(JsonNode content) {
        return new HashMap<>(byKey(content));
    }
}
