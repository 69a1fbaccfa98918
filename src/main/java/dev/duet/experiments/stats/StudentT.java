package dev.duet.experiments.stats;

/** Student's t distribution with (possibly fractional, Welch–Satterthwaite) degrees of freedom. Thread-safe. */
final class StudentT {

    private StudentT() {
    }

    /** P(|T| ≥ |t|): the two-sided tail, computed directly so that small p-values keep their precision. */
    static double twoSidedTail(double t, double dof) {
        if (Double.isInfinite(dof) || dof > 1e12) return 2 * Normal.cdf(-Math.abs(t));
        return SpecialFunctions.regularizedBeta(dof / (dof + t * t), dof / 2, 0.5);
    }

    /** P(T ≤ t). */
    static double cdf(double t, double dof) {
        double half = 0.5 * twoSidedTail(t, dof);
        return t < 0 ? half : 1 - half;
    }

    static double density(double t, double dof) {
        double logDensity = SpecialFunctions.logGamma((dof + 1) / 2) - SpecialFunctions.logGamma(dof / 2)
                - 0.5 * Math.log(dof * Math.PI) - (dof + 1) / 2 * Math.log1p(t * t / dof);
        return Math.exp(logDensity);
    }

    /** The t with P(T ≤ t) = p. */
    static double quantile(double p, double dof) {
        if (Double.isInfinite(dof) || dof > 1e12) return Normal.quantile(p);
        if (p > 0.5) return -quantile(1 - p, dof);
        if (p == 0.5) return 0;
        // Newton from the normal quantile: for p < 0.5 the CDF is convex there, so the steps approach the root from
        // the right without overshooting, since t's heavier tails put its quantile further out than the normal's
        double t = Normal.quantile(p);
        for (int i = 0; i < 10_000; i++) {
            double step = (cdf(t, dof) - p) / density(t, dof);
            t -= step;
            if (Math.abs(step) <= 1e-14 * Math.max(1, Math.abs(t))) break;
        }
        return t;
    }
}
