package dev.duet.experiments.stats;

import java.util.List;

/**
 * How to analyse: the engine, relative or absolute difference, the significance level, sequential testing, a prior
 * for the Bayesian engine (null for a flat, improper one), a multiple-testing correction over the comparisons, and the
 * planned traffic weights for the sample-ratio check (empty for equal weights). Start from {@link #defaults()}.
 */
public record Options(Engine engine, Difference difference, double alpha, boolean sequential, double sequentialTuning,
                      GaussianPrior prior, Correction correction, List<Double> weights) {

    public static final double DEFAULT_ALPHA = 0.05;
    /** GrowthBook's default: the expected total sample size at which the confidence sequence is tightest. */
    public static final double DEFAULT_SEQUENTIAL_TUNING = 5000;

    public enum Engine { FREQUENTIST, BAYESIAN }

    public enum Difference { RELATIVE, ABSOLUTE }

    /** A multiple-testing correction, named {@code none}, {@code holm} or {@code bh} in the API. */
    public enum Correction {
        NONE("none"), HOLM_BONFERRONI("holm"), BENJAMINI_HOCHBERG("bh");

        private final String label;

        Correction(String label) {
            this.label = label;
        }

        /** The short name the API answers with. */
        public String label() {
            return label;
        }

        /** The correction {@code raw} names (a short or a long name, any case), NONE for none, null for no known one. */
        public static Correction parse(String raw) {
            if (raw == null || raw.isBlank()) return NONE;
            return switch (raw.strip().toLowerCase(java.util.Locale.ROOT)) {
                case "none" -> NONE;
                case "holm", "holm-bonferroni" -> HOLM_BONFERRONI;
                case "bh", "benjamini-hochberg" -> BENJAMINI_HOCHBERG;
                default -> null;
            };
        }
    }

    /**
     * A proper Gaussian prior on the effect, on the relative scale (as GrowthBook's); for absolute differences it is
     * rescaled by the control's mean.
     */
    public record GaussianPrior(double mean, double variance) {
    }

    public Options {
        // not List.copyOf: a null weight must reach the input check and be named there, not fail here
        weights = weights == null ? List.of() : java.util.Collections.unmodifiableList(new java.util.ArrayList<>(weights));
    }

    /** Frequentist, relative, α = 0.05, fixed horizon, no correction, equal weights. */
    public static Options defaults() {
        return new Options(Engine.FREQUENTIST, Difference.RELATIVE, DEFAULT_ALPHA, false, DEFAULT_SEQUENTIAL_TUNING,
                null, Correction.NONE, List.of());
    }

    /** Bayesian with a flat prior, relative, α = 0.05 (a 95% credible interval). */
    public static Options bayesian() {
        return defaults().withEngine(Engine.BAYESIAN);
    }

    public Options withEngine(Engine value) {
        return new Options(value, difference, alpha, sequential, sequentialTuning, prior, correction, weights);
    }

    public Options withDifference(Difference value) {
        return new Options(engine, value, alpha, sequential, sequentialTuning, prior, correction, weights);
    }

    public Options withAlpha(double value) {
        return new Options(engine, difference, value, sequential, sequentialTuning, prior, correction, weights);
    }

    /** Sequential testing (confidence sequences) tuned for {@code tuning} total units. */
    public Options withSequential(double tuning) {
        return new Options(engine, difference, alpha, true, tuning, prior, correction, weights);
    }

    public Options withPrior(double mean, double variance) {
        return new Options(engine, difference, alpha, sequential, sequentialTuning, new GaussianPrior(mean, variance), correction, weights);
    }

    public Options withCorrection(Correction value) {
        return new Options(engine, difference, alpha, sequential, sequentialTuning, prior, value, weights);
    }

    public Options withWeights(List<Double> value) {
        return new Options(engine, difference, alpha, sequential, sequentialTuning, prior, correction, value);
    }
}
