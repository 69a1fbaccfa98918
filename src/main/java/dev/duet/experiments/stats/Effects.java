package dev.duet.experiments.stats;

/** Turns two variations' statistics into the effect estimate and its variance (delta method for relative lifts). */
final class Effects {

    private Effects() {
    }

    static Estimate between(MetricKind kind, Options.Difference difference, VariationStats control, VariationStats treatment) {
        double theta = control.hasPrePeriod() && treatment.hasPrePeriod() ? Cuped.theta(kind, control, treatment) : 0;
        boolean cuped = theta != 0;
        var a = Side.of(kind, control, theta);
        var b = Side.of(kind, treatment, theta);
        if (a.variance() <= 0 || b.variance() <= 0) {
            return new Estimate.Undefined("a variation has no variance (every unit has the same value), "
                    + "so its mean has no uncertainty to compare", cuped);
        }
        boolean relative = difference == Options.Difference.RELATIVE;
        if (relative && a.unadjustedMean() == 0) {
            return new Estimate.Undefined("the control's mean is 0, so a relative lift is undefined; "
                    + "ask for the absolute difference", cuped);
        }
        double estimate = relative ? (b.mean() - a.mean()) / Math.abs(a.unadjustedMean()) : b.mean() - a.mean();
        double variance = !relative ? b.variance() / b.n() + a.variance() / a.n()
                : cuped ? relativeCupedVariance(a, b, theta) : relativeVariance(a, b);
        if (!(variance > 0) || Double.isInfinite(variance)) {
            return new Estimate.Undefined("the effect's variance is not positive, so it cannot be tested", cuped);
        }
        return new Estimate.Effect(estimate, variance, welchDegreesOfFreedom(a, b), a.n() + b.n(), a.unadjustedMean(), cuped);
    }

    /** Delta method for μB/μA − 1 with independent means. */
    private static double relativeVariance(Side a, Side b) {
        double meanA2 = a.mean() * a.mean();
        return b.variance() / b.n() / meanA2 + a.variance() / a.n() * b.mean() * b.mean() / (meanA2 * meanA2);
    }

    /**
     * Delta method for (adjusted μB − adjusted μA) / unadjusted μA, with GrowthBook's linearisation: the derivative
     * with respect to the control's post mean uses the treatment's unadjusted mean, and the control's pre mean enters
     * through θ and its covariance with the post value.
     */
    private static double relativeCupedVariance(Side a, Side b, double theta) {
        double controlMean = a.unadjustedMean();
        double treatmentPart = b.variance() / (b.n() * controlMean * controlMean);
        double slope = -b.unadjustedMean() / controlMean;
        double controlPart = (a.postVariance() * slope * slope + 2 * theta * a.covariance() * slope + theta * theta * a.preVariance())
                / (a.n() * controlMean * controlMean);
        return treatmentPart + controlPart;
    }

    /** Welch–Satterthwaite: the degrees of freedom of the difference of two means with unequal variances. */
    private static double welchDegreesOfFreedom(Side a, Side b) {
        double va = a.variance() / a.n();
        double vb = b.variance() / b.n();
        return (va + vb) * (va + vb) / (vb * vb / (b.n() - 1) + va * va / (a.n() - 1));
    }
}
