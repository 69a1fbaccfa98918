package dev.duet.experiments;

/**
 * A slice [start, end) of a named namespace: experiments in one namespace with disjoint slices never share a visitor.
 * GrowthBook writes it as {@code ["id", start, end]}; membership uses hash version 1 with seed {@code "__" + id}.
 */
public record Namespace(String id, double start, double end) {

    public boolean contains(String visitor) {
        var n = Hashing.hash("__" + id, visitor, 1);
        return n >= start && n < end;
    }
}
