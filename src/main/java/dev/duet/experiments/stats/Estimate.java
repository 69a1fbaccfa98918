package dev.duet.experiments.stats;

/**
 * The effect of one variation against control as a point estimate with its variance — the moments every engine
 * starts from — or the reason there is none.
 */
sealed interface Estimate permits Estimate.Effect, Estimate.Undefined {

    boolean cuped();

    /**
     * @param variance the estimate's variance (its squared standard error)
     * @param degreesOfFreedom Welch–Satterthwaite degrees of freedom
     * @param units both variations' units together
     * @param controlMean the control's unadjusted mean, which scales a relative prior to an absolute one
     */
    record Effect(double estimate, double variance, double degreesOfFreedom, long units, double controlMean,
                  boolean cuped) implements Estimate {

        double standardError() {
            return Math.sqrt(variance);
        }
    }

    record Undefined(String reason, boolean cuped) implements Estimate {
    }
}
