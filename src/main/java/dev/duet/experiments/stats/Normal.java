package dev.duet.experiments.stats;

/** The standard normal distribution. Pure functions; thread-safe. */
final class Normal {

    private static final double LOG_SQRT_TWO_PI = 0.5 * Math.log(2 * Math.PI);

    private Normal() {
    }

    static double density(double z) {
        return Math.exp(-0.5 * z * z - LOG_SQRT_TWO_PI);
    }

    /** P(Z ≤ z), accurate in both tails (the smaller tail is computed directly, never as 1 − something). */
    static double cdf(double z) {
        if (Double.isNaN(z)) return Double.NaN;
        double tail = 0.5 * SpecialFunctions.upperRegularizedGamma(0.5, 0.5 * z * z);
        return z < 0 ? tail : 1 - tail;
    }

    /** The z with P(Z ≤ z) = p. */
    static double quantile(double p) {
        if (!(p > 0 && p < 1)) {
            if (p == 0) return Double.NEGATIVE_INFINITY;
            if (p == 1) return Double.POSITIVE_INFINITY;
            return Double.NaN;
        }
        if (p > 0.5) return -quantile(1 - p);
        // Abramowitz & Stegun 26.2.23 (error below 4.5e-4) as a start, then Newton steps to full precision
        double t = Math.sqrt(-2 * Math.log(p));
        double z = -(t - (2.515517 + 0.802853 * t + 0.010328 * t * t) / (1 + 1.432788 * t + 0.189269 * t * t + 0.001308 * t * t * t));
        for (int i = 0; i < 50; i++) {
            double step = (cdf(z) - p) / density(z);
            z -= step;
            if (Math.abs(step) <= 1e-15 * Math.max(1, Math.abs(z))) break;
        }
        return z;
    }
}
