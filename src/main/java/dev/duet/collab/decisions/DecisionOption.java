package dev.duet.collab.decisions;

/** One option of a decision, e.g. a candidate tool; {@code stackToolId} optionally names a tool of the martech stack. */
public record DecisionOption(long id, String label, String description, Long stackToolId) {
}
