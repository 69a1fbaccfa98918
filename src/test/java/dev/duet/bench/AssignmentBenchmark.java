package dev.duet.bench;

import dev.duet.experiments.ExperimentBlock;
import dev.duet.experiments.Hashing;
import dev.duet.web.Json;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import java.util.concurrent.TimeUnit;

/**
 * How long delivery spends assigning one visitor to one experiment ({@link dev.duet.experiments.Assignment#variation}:
 * GrowthBook hash version 2 and the bucket ranges, prepared once per experiment), for a 2-way and a 3-way experiment;
 * the target is at most 60 ns per assignment.
 * Visitors cycle through a fixed set of realistic ids so the hash sees varied input without allocation in the loop.
 * Run with bench/assignment/run.sh.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class AssignmentBenchmark {

    private static final int VISITORS = 1024;

    private ExperimentBlock twoWay;
    private ExperimentBlock threeWay;
    private String[] visitors;
    private int next;

    @Setup
    public void setUp() {
        twoWay = block("hero-test", "[0.5, 0.5]", 2);
        threeWay = block("pricing-test", "[0.34, 0.33, 0.33]", 3);
        visitors = new String[VISITORS];
        for (int i = 0; i < VISITORS; i++) visitors[i] = java.util.UUID.nameUUIDFromBytes(new byte[]{(byte) i, (byte) (i >> 8)}).toString();
    }

    private static ExperimentBlock block(String key, String weights, int variants) {
        var variantList = new StringBuilder();
        for (int i = 0; i < variants; i++) {
            variantList.append(i == 0 ? "" : ", ").append("{\"component\": \"hero\", \"_uid\": \"v").append(i).append("\"}");
        }
        return ExperimentBlock.of(Json.tree("{\"component\": \"duet_experiment\", \"_uid\": \"x\", \"key\": \"" + key
                + "\", \"status\": \"running\", \"weights\": " + weights + ", \"variants\": [" + variantList + "]}"));
    }

    private String visitor() {
        next = (next + 1) & (VISITORS - 1);
        return visitors[next];
    }

    @Benchmark
    public int assignTwoWay() {
        return twoWay.assignment().variation(visitor());
    }

    /** The reference: FNV-1a over the visitor id alone, the floor of any GrowthBook-compatible assignment. */
    @Benchmark
    public long referenceHashOfVisitorId() {
        return Hashing.fnv1a32(visitor());
    }

    @Benchmark
    public int assignThreeWay() {
        return threeWay.assignment().variation(visitor());
    }
}
