package dev.duet.experiments;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.Locale;
import java.util.Set;

/**
 * A goal or guardrail of an experiment, as stored in its block: a conversion event, a click on a block, or a custom
 * event with a value; counted per visitor as "did it at least once" ({@link Aggregation#ANY}) or as the sum of the
 * events' values ({@link Aggregation#SUM}). {@code name} is the label people gave it, or one made up from the rest.
 * {@code lowerIsBetter} for numbers that should go down (refunds, unsubscribes): a variation wins by lowering them.
 */
public record Metric(Type type, String event, String block, Aggregation aggregation, String name, boolean lowerIsBetter) {

    public enum Type { CONVERSION, CLICK, CUSTOM }

    public enum Aggregation { ANY, SUM }

    /** Reads a metric the content validator accepted; unknown types read as conversions, the validator's default. */
    public static Metric of(JsonNode node) {
        var type = switch (node.path("type").asText("conversion")) {
            case "click" -> Type.CLICK;
            case "custom" -> Type.CUSTOM;
            default -> Type.CONVERSION;
        };
        var aggregation = "sum".equals(node.path("aggregation").asText()) ? Aggregation.SUM : Aggregation.ANY;
        var event = node.path("event").asText(null);
        var block = node.path("block").asText(null);
        var name = node.path("name").asText("");
        if (name.isBlank()) name = type == Type.CLICK ? "Clicks on " + block : event;
        return new Metric(type, event, block, aggregation, name, node.path("lower_is_better").asBoolean(false));
    }

    /**
     * The event-log metric keys this metric counts (see {@code analytics.Event#metricKey}). A click goal on the
     * experiment's own block counts a click anywhere inside it: on any of {@code experimentUids}.
     */
    public Set<String> metricKeys(String experimentUid, Set<String> experimentUids) {
        return switch (type) {
            case CONVERSION -> Set.of("conversion:" + event);
            case CUSTOM -> Set.of("custom:" + event);
            case CLICK -> block.equals(experimentUid)
                    ? Set.copyOf(experimentUids.stream().map(uid -> "click:" + uid).toList())
                    : Set.of("click:" + block);
        };
    }

    public String typeLabel() {
        return type.name().toLowerCase(Locale.ROOT);
    }

    public String aggregationLabel() {
        return aggregation.name().toLowerCase(Locale.ROOT);
    }
}
