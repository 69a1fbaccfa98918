package dev.duet.presence;

import java.util.List;

/**
 * The outcome of a three-way merge: the merged story, the conflicts left for a person to decide (their places hold
 * the current version's value until then), and the changes taken from either side.
 */
public record Merge(Snapshot story, List<MergeConflict> conflicts, List<MergedChange> changes) {
    public Merge {
        conflicts = List.copyOf(conflicts);
        changes = List.copyOf(changes);
    }
}
