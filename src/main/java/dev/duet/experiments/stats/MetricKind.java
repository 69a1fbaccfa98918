package dev.duet.experiments.stats;

/** What a metric measures per unit, which decides how its variance follows from the sums. */
public enum MetricKind {
    /** Any number per unit (revenue, clicks, time on page): variance from the sum of squares, with n − 1. */
    MEAN,
    /** Converted or not per unit: sum = sum of squares = conversions, variance p(1 − p). */
    PROPORTION
}
