package dev.duet.experiments.stats;

/**
 * Sequential testing with asymptotic confidence sequences (Waudby-Smith et al., "Time-uniform central limit theory
 * and asymptotic confidence sequences", eq. 9 for the interval and the e-value of eq. 155 for the p-value), in
 * GrowthBook's formulation: the mixing parameter ρ follows from α and the tuning parameter N, the total sample size
 * at which the interval is tightest. The interval and p-value stay valid however often the results are looked at,
 * at the price of being wider than a fixed-horizon test's.
 */
final class ConfidenceSequence {

    private ConfidenceSequence() {
    }

    static Interval interval(Estimate.Effect effect, double alpha, double tuning) {
        double n = effect.units();
        double rho2 = rhoSquared(alpha, tuning);
        double spread = n * rho2 + 1;
        // the estimate's variance times n is the per-unit variance the paper's s² stands for
        double perUnitVariance = effect.variance() * n;
        double halfWidth = Math.sqrt(perUnitVariance) * Math.sqrt(2 * spread * Math.log(Math.sqrt(spread) / alpha) / (n * n * rho2));
        return new Interval(effect.estimate() - halfWidth, effect.estimate() + halfWidth);
    }

    /** An always-valid p-value: 1 / e-value, at most 1 (and exactly 1 until enough evidence has accumulated). */
    static double pValue(Estimate.Effect effect, double alpha, double tuning) {
        double n = effect.units();
        double rho2 = rhoSquared(alpha, tuning);
        double spread = n * rho2 + 1;
        double tSquaredTimesN = effect.estimate() * effect.estimate() * n / effect.variance();
        // in logs: the e-value itself overflows for overwhelming evidence, its inverse just tends to 0
        double logEValue = rho2 * tSquaredTimesN / (2 * spread) - 0.5 * Math.log(spread);
        return logEValue <= 0 ? 1 : Math.exp(-logEValue);
    }

    private static double rhoSquared(double alpha, double tuning) {
        double minusTwoLogAlpha = -2 * Math.log(alpha);
        return (minusTwoLogAlpha + Math.log(minusTwoLogAlpha + 1)) / tuning;
    }
}
