package dev.duet.experiments;

/** Which experiments a list shows: with this draft status and/or in this story; null matches any. */
public record ExperimentFilter(ExperimentStatus status, Long storyId) {

    boolean matches(Experiment experiment) {
        return (status == null || status.label().equals(experiment.status()))
                && (storyId == null || storyId == experiment.storyId());
    }
}
