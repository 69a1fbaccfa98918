package dev.duet.schema;

import com.fasterxml.jackson.databind.JsonNode;
import dev.duet.failure.Problems;

import java.util.Set;

/**
 * An experiment's goal or guardrail metric: {@code {"type": "conversion"|"click"|"custom", "event": "signup"
 * (conversion, custom), "block": "<_uid>" (click), "aggregation": "any"|"sum", "name": "Sign-ups",
 * "lower_is_better": true}} (for numbers that should go down, such as refunds; absent means higher is better).
 */
final class MetricChecks {

    static final Set<String> TYPES = Set.of("conversion", "click", "custom");
    static final Set<String> AGGREGATIONS = Set.of("any", "sum");

    private final Problems problems;

    MetricChecks(Problems problems) {
        this.problems = problems;
    }

    /** Checks a list of metrics (absent counts as empty) and answers how many it holds. */
    int checkList(JsonNode list, String path) {
        if (list == null || list.isNull()) return 0;
        if (!list.isArray()) {
            problems.add(path, "must be a list of metrics");
            return 0;
        }
        for (int i = 0; i < list.size(); i++) check(list.get(i), Paths.index(path, i));
        return list.size();
    }

    private void check(JsonNode metric, String path) {
        if (!metric.isObject()) {
            problems.add(path, "must be a metric object like {\"type\": \"conversion\", \"event\": \"signup\"}");
            return;
        }
        var type = metric.get("type");
        if (type == null || !type.isTextual() || !TYPES.contains(type.textValue())) {
            problems.add(Paths.key(path, "type"), "must be conversion, click or custom, got " + type);
        } else if (type.textValue().equals("click")) {
            requireText(metric.get("block"), Paths.key(path, "block"), "the _uid of the block whose clicks count");
        } else {
            requireText(metric.get("event"), Paths.key(path, "event"), "the name of the event that counts, e.g. \"signup\"");
        }
        var aggregation = metric.get("aggregation");
        if (aggregation != null && !aggregation.isNull()
                && (!aggregation.isTextual() || !AGGREGATIONS.contains(aggregation.textValue()))) {
            problems.add(Paths.key(path, "aggregation"), "must be any (did it at least once) or sum (of the events' values), got " + aggregation);
        }
        var lowerIsBetter = metric.get("lower_is_better");
        if (lowerIsBetter != null && !lowerIsBetter.isNull() && !lowerIsBetter.isBoolean()) {
            problems.add(Paths.key(path, "lower_is_better"), "must be true (fewer is better, e.g. refunds) or false, got " + lowerIsBetter);
        }
        var name = metric.get("name");
        if (name != null && !name.isNull() && !name.isTextual()) problems.add(Paths.key(path, "name"), "must be text, got " + name);
    }

    private void requireText(JsonNode value, String path, String what) {
        if (value == null || !value.isTextual() || value.textValue().isBlank()) {
            problems.add(path, "required: " + what);
        }
    }
}
