package dev.duet.content;

import dev.duet.failure.InvalidInput;

import java.util.List;

/**
 * Where among its new siblings a moved story goes: at a 1-based {@code position}, right after or right before a
 * sibling, or (none given) last.
 */
public record Placement(Integer position, Long afterId, Long beforeId) {

    public static final Placement LAST = new Placement(null, null, null);

    public Placement {
        int given = (position == null ? 0 : 1) + (afterId == null ? 0 : 1) + (beforeId == null ? 0 : 1);
        if (given > 1) throw new InvalidInput("give at most one of position, after_id and before_id");
        if (position != null && position < 1) throw InvalidInput.field("position", "must be 1 or more, got " + position);
    }

    /** The index to insert at in {@code siblings}, the story's new siblings without the story itself. */
    int indexIn(List<Long> siblings) {
        if (position != null) return Math.min(position - 1, siblings.size());
        if (afterId != null) return neighbour("after_id", afterId, siblings) + 1;
        if (beforeId != null) return neighbour("before_id", beforeId, siblings);
        return siblings.size();
    }

    private static int neighbour(String path, long id, List<Long> siblings) {
        int index = siblings.indexOf(id);
        if (index < 0) throw InvalidInput.field(path, "story " + id + " is not another story in the target folder");
        return index;
    }
}
