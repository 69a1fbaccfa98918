package dev.duet.experiments;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.duet.activity.ActivityKind;
import dev.duet.activity.ActivityLog;
import dev.duet.activity.NewActivity;
import dev.duet.collab.wins.NewWin;
import dev.duet.collab.wins.WinKind;
import dev.duet.collab.wins.WinLog;
import dev.duet.content.Stories;
import dev.duet.content.Story;
import dev.duet.content.StoryInput;
import dev.duet.content.StoryService;
import dev.duet.failure.Conflict;
import dev.duet.failure.InvalidInput;
import org.jdbi.v3.core.Handle;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.BiConsumer;

/**
 * Deciding an experiment: starting or stopping it, and shipping a variant. Each is a new version of the story that
 * holds the experiment, saved through {@link StoryService} like any edit, so validation, optimistic locking, the
 * workflow (the story goes back to its default stage) and the activity feed (a story save with a message saying
 * what was decided) all apply. Publishing stays a separate step, gated as always. Shipping also records, in the
 * same transaction, an {@code experiment.shipped} feed entry and an {@code experiment.won} win with the shipped
 * variation's lift and chance to win on the first goal (when the results have them).
 */
public final class ExperimentWrites {

    private final Experiments experiments;
    private final Stories stories;
    private final StoryService storyService;
    private final ExperimentResults results;
    private final ActivityLog activity;
    private final WinLog wins;

    public ExperimentWrites(Experiments experiments, Stories stories, StoryService storyService,
                            ExperimentResults results, ActivityLog activity, WinLog wins) {
        this.experiments = experiments;
        this.stories = stories;
        this.storyService = storyService;
        this.results = results;
        this.activity = activity;
        this.wins = wins;
    }

    /**
     * Replaces the experiment block in the story's draft by the block of {@code variation} (with its own
     * {@code _uid}), based on the story's version {@code basedOn}.
     */
    public Story ship(long spaceId, String key, Integer variation, Long basedOn, String actor) {
        var experiment = inDraft(spaceId, key);
        int count = experiment.variants().size();
        if (variation == null) throw InvalidInput.field("variation", "required: the variation to ship, 0 to " + (count - 1));
        if (variation < 0 || variation >= count) {
            throw InvalidInput.field("variation", "must be 0 to " + (count - 1) + " (this experiment has " + count + " variations), got " + variation);
        }
        var story = current(spaceId, experiment, basedOn);
        var block = ContentExperiments.find(story.content(), key);
        JsonNode winner = block.path("variants").get(variation).deepCopy();
        var content = ContentExperiments.replaced(story.content(), block.path("_uid").asText(), old -> winner);
        var name = experiment.variants().get(variation).name();
        var facts = shipFacts(spaceId, key, variation, name, story);
        var message = "Shipped “" + name + "” (variation " + variation + ") of experiment " + key;
        return save(story, content, basedOn, message, actor, (handle, saved) -> recordShip(handle, saved, key, name, facts, actor));
    }

    /** The feed entry and the win of a ship, in the save's transaction so neither outlives a refused save. */
    private void recordShip(Handle handle, Story saved, String key, String name, Map<String, Object> facts, String actor) {
        activity.record(handle, new NewActivity(saved.spaceId(), saved.id(), ActivityKind.EXPERIMENT_SHIPPED, actor,
                "shipped “" + name + "” of experiment " + key + " in “" + saved.name() + "”", facts));
        var lift = facts.get("lift") instanceof Double value ? " (" + String.format(Locale.ROOT, "%+.1f%%", value * 100)
                + " " + facts.get("goal") + ")" : "";
        wins.record(handle, new NewWin(WinKind.EXPERIMENT_WON, "experiment:" + saved.spaceId() + ":" + key + ":shipped",
                saved.spaceId(), "“" + name + "” won experiment " + key + lift, actor,
                "/admin/spaces/" + saved.spaceId() + "/stories/" + saved.id(), facts));
    }

    /** What the ship decided, with the shipped variation against control on the first goal when there is data. */
    private Map<String, Object> shipFacts(long spaceId, String key, int variation, String name, Story story) {
        var facts = new HashMap<String, Object>(Map.of("experiment", key, "variation", variation, "variation_name", name,
                "story_id", story.id(), "story_name", story.name()));
        var result = results.results(spaceId, key);
        facts.put("units", result.units());
        if (result.goals().isEmpty()) return facts;
        var goal = result.goals().getFirst();
        facts.put("goal", goal.name());
        goal.comparisons().stream().filter(comparison -> comparison.variation() == variation).findFirst().ifPresent(comparison -> {
            if (comparison.lift() != null) facts.put("lift", comparison.lift());
            if (comparison.chanceToWin() != null) facts.put("chance_to_win", comparison.chanceToWin());
        });
        return facts;
    }

    /** Sets the experiment's status in the story's draft; starting one needs at least one goal. */
    public Story changeStatus(long spaceId, String key, ExperimentStatus status, Long basedOn, String actor) {
        if (status == null) throw InvalidInput.field("status", "must be draft, running or stopped");
        var experiment = inDraft(spaceId, key);
        if (status == ExperimentStatus.RUNNING && experiment.goals().isEmpty()) {
            throw InvalidInput.field("status", "experiment " + key + " has no goal metric; add one before starting it");
        }
        var story = current(spaceId, experiment, basedOn);
        var block = ContentExperiments.find(story.content(), key);
        var content = ContentExperiments.replaced(story.content(), block.path("_uid").asText(),
                old -> ((ObjectNode) old).put("status", status.label()));
        var message = switch (status) {
            case RUNNING -> "Started experiment " + key;
            case STOPPED -> "Stopped experiment " + key;
            case DRAFT -> "Moved experiment " + key + " back to draft";
        };
        return save(story, content, basedOn, message, actor, (handle, saved) -> {
        });
    }

    private Experiment inDraft(long spaceId, String key) {
        var experiment = experiments.get(spaceId, key);
        if (!experiment.inDraft()) {
            throw new Conflict("experiment " + key + " is no longer in the draft of story " + experiment.storyId()
                    + " (only its published version holds it); there is nothing to change");
        }
        return experiment;
    }

    /** The story as it is now, checked against {@code basedOn} before any work (the save checks again, atomically). */
    private Story current(long spaceId, Experiment experiment, Long basedOn) {
        var story = stories.get(spaceId, experiment.storyId());
        story.requireVersion(basedOn);
        if (ContentExperiments.find(story.content(), experiment.key()) == null) {
            throw new Conflict("experiment " + experiment.key() + " is no longer in story " + story.id() + "; reload it");
        }
        return story;
    }

    private Story save(Story story, JsonNode content, Long basedOn, String message, String actor,
                       BiConsumer<Handle, Story> alongside) {
        var input = new StoryInput(null, null, null, null, null, content, null, null, null, null, null, null, null, null);
        return storyService.update(story.spaceId(), story.id(), input, basedOn, message, actor, alongside);
    }
}
