package dev.duet.experiments.stats;

/** What one variation's statistics say on their own: units, mean (conversion rate for proportions), standard deviation. */
public record VariationSummary(String name, long n, double mean, double standardDeviation) {
}
