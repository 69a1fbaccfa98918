package dev.duet.workflow;

import java.util.List;
import java.util.Optional;

/** A space's stages in order and its rules; always has exactly one default stage. */
public record Workflow(long spaceId, boolean fourEyes, List<Stage> stages) {

    public Workflow {
        stages = List.copyOf(stages);
    }

    public Stage defaultStage() {
        return stages.stream().filter(Stage::isDefault).findFirst()
                .orElseThrow(() -> new IllegalStateException("workflow of space " + spaceId + " has no default stage"));
    }

    public Optional<Stage> afterPublish() {
        return stages.stream().filter(Stage::afterPublish).findFirst();
    }

    public Optional<Stage> stage(long stageId) {
        return stages.stream().filter(stage -> stage.id() == stageId).findFirst();
    }

    /** The stage with {@code stageId}, or the default one when the story has none stored (or it is gone). */
    public Stage stageOrDefault(Long stageId) {
        return stageId == null ? defaultStage() : stage(stageId).orElseGet(this::defaultStage);
    }

    public List<String> publishingStageNames() {
        return stages.stream().filter(Stage::allowPublish).map(Stage::name).toList();
    }
}
