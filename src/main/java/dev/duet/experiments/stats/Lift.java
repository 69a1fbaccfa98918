package dev.duet.experiments.stats;

/**
 * The effect of a variation against control: relative ((μB − μA) / |μA|) or absolute (μB − μA), its standard error
 * (for the Bayesian engine, the posterior's standard deviation), and its confidence or credible interval.
 */
public record Lift(Options.Difference difference, double estimate, double standardError, Interval interval) {
}
