package dev.duet.app;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.duet.content.Story;
import dev.duet.content.StoryInput;
import dev.duet.content.StoryPublishing;
import dev.duet.content.StoryService;
import dev.duet.experiments.ExperimentBlock;

import java.util.UUID;

/**
 * The demo's running experiment: the Pricing page's closing call to action against a challenger that promises a
 * faster answer. Made on the demo's first start (not kept in the archive, whose content the tests rely on).
 */
final class DemoExperiment {

    static final String KEY = "pricing-cta";
    private static final ObjectMapper JSON = new ObjectMapper();

    private DemoExperiment() {
    }

    /** Wraps the last block of {@code pricing} in a running experiment and publishes it; returns the story. */
    static Story start(StoryService stories, StoryPublishing publishing, Story pricing, String actor) {
        var content = (ObjectNode) pricing.content().deepCopy();
        var body = (ArrayNode) content.path("body");
        if (body.isEmpty() || ExperimentBlock.isExperiment(body.get(body.size() - 1))) return pricing;
        var control = (ObjectNode) body.get(body.size() - 1);
        body.set(body.size() - 1, experiment(control));
        var input = new StoryInput(null, null, null, null, null, content, null, null, null, null, null, null, null,
                (long) pricing.version());
        var saved = stories.update(pricing.spaceId(), pricing.id(), input, (long) pricing.version(),
                "Test a faster-reply call to action", actor);
        return publishing.publish(pricing.spaceId(), saved.id(), null, (long) saved.version(), actor);
    }

    private static ObjectNode experiment(ObjectNode control) {
        var challenger = control.deepCopy();
        challenger.put("_uid", UUID.randomUUID().toString());
        challenger.put("headline", "Questions about a custom plan? An engineer answers within one hour.");
        challenger.put("button_label", "Book a 20-minute call");
        challenger.remove("headline__i18n__de");
        challenger.remove("button_label__i18n__de");
        var uid = UUID.randomUUID().toString();
        var block = JSON.createObjectNode()
                .put("component", ExperimentBlock.COMPONENT).put("_uid", uid).put("key", KEY).put("status", "running");
        block.putArray("variants").add(control).add(challenger);
        block.putArray("variant_names").add("Control").add("Faster reply");
        block.putArray("weights").add(0.5).add(0.5);
        block.put("coverage", 1.0);
        block.putArray("goals")
                .add(metric("click", "block", uid, "Clicks on the call to action"))
                .add(metric("conversion", "event", "signup", "Sign-ups"));
        block.putArray("guardrails");
        block.put("planned_units", 4000);
        return block;
    }

    private static JsonNode metric(String type, String field, String value, String name) {
        return JSON.createObjectNode().put("type", type).put(field, value).put("name", name);
    }
}
