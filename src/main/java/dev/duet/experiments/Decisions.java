package dev.duet.experiments;

import dev.duet.experiments.ExperimentResult.Comparison;
import dev.duet.experiments.ExperimentResult.Decision;
import dev.duet.experiments.ExperimentResult.MetricResult;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The decision results suggest, in this order: nothing to go on yet; a sample ratio mismatch (stop: nothing can be
 * trusted); the planned sample not reached yet (keep running: deciding early inflates false winners, except for a
 * clear winner under sequential testing, whose p-values allow looking at any time); a variation
 * that beats control on the first goal without harming any further goal or guardrail (ship it, the one that improves
 * the first goal most if several do); otherwise no winner (stop, once the planned sample is reached; keep running while
 * none was planned). A variation beats control when the Bayesian chance to win is at least {@value #CHANCE_TO_WIN}, or
 * the frequentist lift is significant and in the metric's good direction (up, or down for a metric whose lower is
 * better). Only the first goal can make a winner: letting any goal do it would give a do-nothing variant one more
 * chance per goal to win by luck. Further goals and guardrails must not get worse: one is harmed when its chance to win
 * is at most 1 − {@value #CHANCE_TO_WIN}, or its lift is significant and in the bad direction.
 */
final class Decisions {

    static final double CHANCE_TO_WIN = 0.95;

    private Decisions() {
    }

    static Decision decide(ExperimentResult.Progress progress, ExperimentResult.SampleRatio sampleRatio,
                           List<MetricResult> goals, List<MetricResult> guardrails, ExperimentResults.Engine engine) {
        if (progress.units() == 0) return Decision.keepRunning("no visitor has been exposed yet");
        if (sampleRatio.flagged()) {
            return Decision.stop("sample ratio mismatch (p = " + round(sampleRatio.pValue()) + "): the units per variation do "
                    + "not match the weights, so assignment or exposure reporting is broken and no lift can be trusted; "
                    + "fix it and restart under a new key");
        }
        if (goals.isEmpty()) return Decision.keepRunning("the experiment has no goal metric to decide by; add one");
        var goal = goals.getFirst();
        var winners = goal.comparisons().stream().filter(c -> beatsControl(c, goal.lowerIsBetter(), engine))
                .sorted(Comparator.comparingDouble((Comparison c) -> improvement(c, goal.lowerIsBetter())).reversed())
                .toList();
        var planned = progress.plannedUnits();
        boolean early = planned != null && progress.units() < planned;
        // a sequential test stays valid however often it is looked at, so a clear winner need not wait for the plan
        if (early && !(engine == ExperimentResults.Engine.SEQUENTIAL && !winners.isEmpty())) {
            return Decision.keepRunning(progress.units() + " of " + planned + " planned units so far; deciding before the "
                    + "planned sample is reached inflates false winners"
                    + (engine == ExperimentResults.Engine.SEQUENTIAL ? " unless a winner is clear already" : ""));
        }
        var mustNotWorsen = new ArrayList<Watched>();
        goals.stream().skip(1).forEach(other -> mustNotWorsen.add(new Watched("goal", other)));
        guardrails.forEach(guardrail -> mustNotWorsen.add(new Watched("guardrail", guardrail)));
        return winners.isEmpty() ? noWinner(goal, planned) : decideWinner(winners, goal, mustNotWorsen, progress, engine);
    }

    /** A metric a winner must not make worse, and what it is to the experiment ("goal" or "guardrail"). */
    private record Watched(String role, MetricResult metric) {
    }

    /**
     * Variations beat control on the first goal, best first: ship the best that harms nothing watched; if each harms
     * something, say what the best one harms.
     */
    private static Decision decideWinner(List<Comparison> winners, MetricResult goal, List<Watched> mustNotWorsen,
                                         ExperimentResult.Progress progress, ExperimentResults.Engine engine) {
        var planned = progress.plannedUnits();
        boolean early = planned != null && progress.units() < planned;
        for (var winner : winners) {
            if (harm(winner.variation(), mustNotWorsen, engine).isEmpty()) {
                return Decision.ship(winner.variation(), winner.name(), beats(winner, goal) + " (lift "
                        + signedPercent(winner.lift()) + evidence(winner, engine) + ") and harms no "
                        + (mustNotWorsen.stream().anyMatch(w -> w.role().equals("goal")) ? "other goal or guardrail" : "guardrail")
                        + (early ? ", before the planned " + planned + " units (sequential testing)" : ""));
            }
        }
        var best = winners.getFirst();
        var reason = beats(best, goal) + " but " + harm(best.variation(), mustNotWorsen, engine).orElseThrow();
        if (early) return Decision.keepRunning(reason + "; " + progress.units() + " of " + planned + " planned units so far");
        return planned == null ? Decision.keepRunning(reason) : Decision.stop(reason);
    }

    private static String beats(Comparison winner, MetricResult goal) {
        return winner.name() + " beats control on " + goal.name();
    }

    private static Decision noWinner(MetricResult goal, Long planned) {
        if (planned == null) {
            return Decision.keepRunning("no variation beats control on " + goal.name() + " yet; set planned_units to know when to stop");
        }
        return Decision.stop("no variation beats control on " + goal.name() + " after the planned " + planned + " units; keep the control");
    }

    /** The lift in the metric's good direction: positive is better, whether higher or lower is. */
    private static double improvement(Comparison comparison, boolean lowerIsBetter) {
        return lowerIsBetter ? -comparison.lift() : comparison.lift();
    }

    /** Chance to win is already that of improving the metric (see {@link Analyses}); p-values need the direction. */
    private static boolean beatsControl(Comparison comparison, boolean lowerIsBetter, ExperimentResults.Engine engine) {
        if (comparison.lift() == null) return false;
        return switch (engine) {
            case BAYESIAN -> comparison.chanceToWin() != null && comparison.chanceToWin() >= CHANCE_TO_WIN;
            case FREQUENTIST, SEQUENTIAL -> Boolean.TRUE.equals(comparison.significant()) && improvement(comparison, lowerIsBetter) > 0;
        };
    }

    private static boolean harms(Comparison comparison, boolean lowerIsBetter, ExperimentResults.Engine engine) {
        if (comparison.lift() == null) return false;
        return switch (engine) {
            case BAYESIAN -> comparison.chanceToWin() != null && comparison.chanceToWin() <= 1 - CHANCE_TO_WIN;
            case FREQUENTIST, SEQUENTIAL -> Boolean.TRUE.equals(comparison.significant()) && improvement(comparison, lowerIsBetter) < 0;
        };
    }

    /** What the variation does to the first watched metric it harms ("lowers the guardrail Revenue"), if any. */
    private static Optional<String> harm(int variation, List<Watched> mustNotWorsen, ExperimentResults.Engine engine) {
        for (var watched : mustNotWorsen) {
            var metric = watched.metric();
            for (var comparison : metric.comparisons()) {
                if (comparison.variation() == variation && harms(comparison, metric.lowerIsBetter(), engine)) {
                    return Optional.of((metric.lowerIsBetter() ? "raises" : "lowers") + " the " + watched.role() + " " + metric.name());
                }
            }
        }
        return Optional.empty();
    }

    private static String evidence(Comparison comparison, ExperimentResults.Engine engine) {
        if (engine == ExperimentResults.Engine.BAYESIAN) return ", chance to win " + percent(comparison.chanceToWin());
        return comparison.pValueAdjusted() == null ? ", p = " + round(comparison.pValue())
                : ", adjusted p = " + round(comparison.pValueAdjusted());
    }

    private static String percent(double share) {
        return String.format(java.util.Locale.ROOT, "%.1f%%", share * 100);
    }

    private static String signedPercent(double share) {
        return String.format(java.util.Locale.ROOT, "%+.1f%%", share * 100);
    }

    private static String round(double value) {
        return String.format(java.util.Locale.ROOT, "%.4g", value);
    }
}
