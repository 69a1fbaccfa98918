package dev.duet.experiments;

import dev.duet.failure.Conflict;

import java.util.List;
import java.util.Map;

/**
 * An experiment's key is already used by another story of the space. Keys name experiments in events and results,
 * so two experiments sharing one would mix their visitors. Details carry {@code taken_by}: the other story.
 */
public class ExperimentKeyTaken extends Conflict {
    public ExperimentKeyTaken(String key, long storyId, String storyName) {
        super("experiment key \"" + key + "\" is already used by story " + storyId + " (“" + storyName
                + "”); give this experiment another key", List.of(Map.of("key", key, "taken_by", storyId)));
    }
}
