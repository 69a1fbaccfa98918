package dev.duet.bench;

import dev.duet.experiments.ExperimentBlock;
import dev.duet.experiments.Hashing;
import dev.duet.web.Json;

import java.lang.management.ManagementFactory;
import java.util.UUID;

/**
 * The CPU time one assignment costs, beside JMH's wall-clock figure: on a shared machine whose load exceeds its cores,
 * the benchmark thread waits for a core and wall-clock time grows with the load, while the thread's own CPU time does
 * not. Also measures FNV-1a over a 36-character visitor id alone, the floor of any GrowthBook-compatible assignment
 * (FNV-1a is a chain of dependent xor-multiply steps, one per character). Run by bench/assignment/run.sh.
 */
public final class AssignmentCpuTime {

    private static final int VISITORS = 1024;
    private static final int CALLS = 5_000_000;
    private static final int ROUNDS = 12;

    private AssignmentCpuTime() {
    }

    public static void main(String[] args) {
        var twoWay = ExperimentBlock.of(Json.tree("""
                {"component": "duet_experiment", "_uid": "x", "key": "hero-test", "status": "running",
                 "weights": [0.5, 0.5], "variants": [{"component": "hero"}, {"component": "hero"}]}"""));
        var assignment = twoWay.assignment();
        var visitors = new String[VISITORS];
        for (int i = 0; i < VISITORS; i++) visitors[i] = UUID.nameUUIDFromBytes(new byte[]{(byte) i, (byte) (i >> 8)}).toString();
        var threads = ManagementFactory.getThreadMXBean();
        double bestAssign = Double.MAX_VALUE;
        double bestFnv = Double.MAX_VALUE;
        long sink = 0;
        for (int round = 0; round < ROUNDS; round++) {
            long start = threads.getCurrentThreadCpuTime();
            for (int i = 0; i < CALLS; i++) sink += assignment.variation(visitors[i & (VISITORS - 1)]);
            long middle = threads.getCurrentThreadCpuTime();
            for (int i = 0; i < CALLS; i++) sink += Hashing.fnv1a32(visitors[i & (VISITORS - 1)]);
            long end = threads.getCurrentThreadCpuTime();
            bestAssign = Math.min(bestAssign, (middle - start) / (double) CALLS);
            bestFnv = Math.min(bestFnv, (end - middle) / (double) CALLS);
        }
        System.out.printf("assignment, 2-way, 36-character visitor id: %.1f ns of CPU per call (best of %d rounds of %,d)%n",
                bestAssign, ROUNDS, CALLS);
        System.out.printf("FNV-1a over the 36-character visitor id alone: %.1f ns of CPU per call%n", bestFnv);
        if (sink == 42) System.out.println("(printed only to keep the loops from being optimised away)");
    }
}
