package dev.duet.experiments.stats;

/** One variation against control (variation 0), as the chosen engine sees it. */
public sealed interface Comparison permits Comparison.Frequentist, Comparison.Bayesian, Comparison.Inconclusive {

    /** The variation's index in the input (1 and up). */
    int variation();

    String name();

    /** Whether CUPED adjusted the effect with the pre-period statistics. */
    boolean cuped();

    /**
     * Welch's t-test, or with sequential testing an always-valid p-value and confidence sequence. {@code pValueAdjusted}
     * and {@code adjustedInterval} are set only when a multiple-testing correction was asked for.
     */
    record Frequentist(int variation, String name, boolean cuped, Lift lift, double pValue, boolean sequential,
                       Double pValueAdjusted, Interval adjustedInterval) implements Comparison {

        /** Significant at α: the (adjusted, when corrected) interval excludes zero. */
        public boolean significant() {
            return (adjustedInterval != null ? adjustedInterval : lift.interval()).excludesZero();
        }

        Frequentist corrected(double adjustedPValue, Interval adjusted) {
            return new Frequentist(variation, name, cuped, lift, pValue, sequential, adjustedPValue, adjusted);
        }
    }

    /**
     * The Gaussian posterior of the effect: its mean and standard deviation in {@code lift}, the credible interval,
     * P(effect > 0), and the expected loss of shipping control ({@code riskControl}) or the variation ({@code riskTreatment}).
     */
    record Bayesian(int variation, String name, boolean cuped, Lift lift, double chanceToWin, double riskControl,
                    double riskTreatment) implements Comparison {
    }

    /** Nothing can be concluded (no variance, a control mean of 0 for a relative lift); {@code reason} says why. */
    record Inconclusive(int variation, String name, boolean cuped, String reason) implements Comparison {
    }
}
