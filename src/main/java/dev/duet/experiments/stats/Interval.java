package dev.duet.experiments.stats;

/** A two-sided interval; the bounds may be infinite (an adjusted interval whose adjusted p-value is 1). */
public record Interval(double lower, double upper) {

    public boolean contains(double value) {
        return lower <= value && value <= upper;
    }

    /** Whether the interval excludes zero: the effect is statistically significant at the interval's level. */
    public boolean excludesZero() {
        return lower > 0 || upper < 0;
    }
}
