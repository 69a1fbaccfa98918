/**
 * The experiment statistics engine: pure Java, no HTTP or SQL, thread-safe (immutable values and pure functions).
 * It reproduces the published test numbers of GrowthBook's stats engine (gbstats).
 *
 * <p>Public API. Describe each variation (control first) by its sufficient statistics —
 * {@link dev.duet.experiments.stats.VariationStats#of} (units, sum, sum of squares) for a mean metric,
 * {@link dev.duet.experiments.stats.VariationStats#conversions} for a proportion, plus
 * {@link dev.duet.experiments.stats.VariationStats#withPrePeriod} for CUPED — pick
 * {@link dev.duet.experiments.stats.Options#defaults()} (frequentist, relative, α 0.05) or
 * {@link dev.duet.experiments.stats.Options#bayesian()} and adjust with its {@code with…} methods, then call
 * {@link dev.duet.experiments.stats.Analysis#of}:
 * <pre>{@code
 * var analysis = Analysis.of(MetricKind.PROPORTION,
 *         List.of(VariationStats.conversions("Control", 1000, 50), VariationStats.conversions("New hero", 1000, 64)),
 *         Options.bayesian().withWeights(List.of(0.5, 0.5)));
 * for (var comparison : analysis.comparisons()) {
 *     switch (comparison) {
 *         case Comparison.Bayesian b -> show(b.lift(), b.chanceToWin(), b.riskTreatment());
 *         case Comparison.Frequentist f -> show(f.lift(), f.pValue(), f.significant());
 *         case Comparison.Inconclusive i -> show(i.reason());
 *     }
 * }
 * if (analysis.sampleRatio().flagged()) warnAboutBrokenAssignment();
 * }</pre>
 * Invalid input (fewer than two variations, n below 1, impossible sums, weights not adding up to 1, options of the
 * other engine) fails with {@link dev.duet.failure.InvalidInput} naming each field; statistics that are valid but
 * allow no conclusion (no variance, a control mean of 0 for a relative lift) give a
 * {@link dev.duet.experiments.stats.Comparison.Inconclusive} with the reason. Analyses of several metrics can share
 * one correction through {@link dev.duet.experiments.stats.MultipleTesting} (Holm–Bonferroni, Benjamini–Hochberg,
 * adjusted intervals); {@link dev.duet.experiments.stats.SampleRatioCheck#of} checks a traffic split on its own.
 * Formulas and defaults: docs/statistics.md.
 */
package dev.duet.experiments.stats;
