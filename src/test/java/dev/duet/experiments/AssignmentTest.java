package dev.duet.experiments;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Random;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The prepared assignment (whole buckets, no branches) must put every visitor where GrowthBook's own steps put it:
 * hash version 2 as a double, then the first range that holds it. GrowthBookVectorsTest checks the published cases;
 * this checks many more visitors and range boundaries that fall exactly on a bucket.
 */
class AssignmentTest {

    private static final List<List<Double>> WEIGHTS = List.of(
            List.of(0.5, 0.5), List.of(0.34, 0.33, 0.33), List.of(0.1, 0.2, 0.3, 0.4), List.of(1.0, 0.0),
            List.of(0.0, 0.5, 0.5), List.of(0.3333, 0.3333, 0.3334), List.of(0.25, 0.25, 0.25, 0.25),
            List.of(1.5, -0.5), List.of(0.5, -0.5, 1.0), List.of(0.9, 0.2));

    private static final double[] COVERAGES = {1.0, 0.5, 0.25, 0.0, 0.3333, 0.99999, 1.5};

    @Test
    void assigns_every_visitor_as_growthbook_steps_do() {
        var visitors = visitors(4_000);
        for (var weights : WEIGHTS) {
            for (var coverage : COVERAGES) {
                var assignment = Assignment.of(ExperimentStatus.RUNNING, weights.size(), weights, coverage, "seed-1", 2, null);
                var ranges = BucketRanges.of(weights.size(), coverage, weights);
                for (var visitor : visitors) {
                    assertThat(assignment.variation(visitor))
                            .as("%s with weights %s and coverage %s", visitor, weights, coverage)
                            .isEqualTo(ranges.choose(Hashing.hash("seed-1", visitor, 2)));
                }
            }
        }
    }

    @Test
    void every_bucket_falls_in_the_range_the_doubles_choose() {
        for (var weights : WEIGHTS) {
            if (weights.stream().anyMatch(weight -> weight < 0)) continue; // assigned by the doubles, as the test above shows
            for (var coverage : COVERAGES) {
                var ranges = BucketRanges.of(weights.size(), coverage, weights);
                var assignment = Assignment.of(ExperimentStatus.RUNNING, weights.size(), weights, coverage, "s", 2, null);
                for (int bucket = 0; bucket < 10_000; bucket++) {
                    assertThat(assignment.variationOfBucket(bucket)).as("bucket %d, %s, %s", bucket, weights, coverage)
                            .isEqualTo(ranges.choose(bucket / 10000.0));
                }
            }
        }
    }

    @Test
    void hash_version_2_equals_hashing_the_concatenated_strings() {
        var random = new Random(7);
        for (var visitor : visitors(20_000)) {
            var seed = "exp-" + random.nextInt(1000);
            assertThat(Hashing.hash(seed, visitor, 2)).as(visitor).isEqualTo(naiveVersion2(seed, visitor));
        }
        assertThat(Hashing.hash("é-ünïcode", "訪問者", 2)).isEqualTo(naiveVersion2("é-ünïcode", "訪問者"));
    }

    @Test
    void the_decimal_hash_covers_every_digit_count_and_the_extremes() {
        int[] values = {0, 1, 9, 10, 99, 100, 99_999, 100_000, 100_001, 99_999_999, 100_000_000, 100_000_001, 999_999_999, 1_000_000_000, -1, Integer.MIN_VALUE,
                Integer.MAX_VALUE, 42_949, (int) 4_294_900_000L};
        for (int value : values) {
            var text = Long.toString(Integer.toUnsignedLong(value));
            assertThat(Hashing.fnvOfDecimal(value)).as(text).isEqualTo((int) Hashing.fnv1a32(text));
        }
        var random = new Random(11);
        for (int i = 0; i < 100_000; i++) {
            int value = random.nextInt();
            assertThat(Hashing.fnvOfDecimal(value)).isEqualTo((int) Hashing.fnv1a32(Long.toString(Integer.toUnsignedLong(value))));
        }
    }

    @Test
    void a_stopped_experiment_or_a_missing_visitor_assigns_nobody() {
        var weights = List.of(0.5, 0.5);
        assertThat(Assignment.of(ExperimentStatus.STOPPED, 2, weights, 1, "s", 2, null).variation("v")).isEqualTo(-1);
        assertThat(Assignment.of(ExperimentStatus.RUNNING, 2, weights, 1, "s", 2, null).variation("")).isEqualTo(-1);
        assertThat(Assignment.of(ExperimentStatus.RUNNING, 2, weights, 1, "s", 2, null).variation(null)).isEqualTo(-1);
        assertThat(Assignment.of(ExperimentStatus.RUNNING, 1, List.of(1.0), 1, "s", 2, null).variation("v")).isEqualTo(-1);
    }

    private static List<String> visitors(int count) {
        var random = new Random(3);
        return java.util.stream.IntStream.range(0, count)
                .mapToObj(i -> i % 3 == 0 ? UUID.nameUUIDFromBytes(new byte[]{(byte) i, (byte) (i >> 8)}).toString()
                        : i % 3 == 1 ? Integer.toString(random.nextInt(1_000_000)) : "user-" + Long.toHexString(random.nextLong()))
                .toList();
    }

    @Test
    void any_text_hashes_by_its_utf16_code_units_whatever_its_characters() {
        var texts = List.of("", "?", "a?b", "??", "é", "café-ü", "ÿ?ÿ", "訪問者", "a訪?", "😀", "x😀?y", "\u0000\u00ff\u0100",
                "0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef");
        for (var text : texts) assertThat(Hashing.fnv1a32(text)).as(text).isEqualTo(fnvByCharAt(text));
    }

    private static double naiveVersion2(String seed, String value) {
        long first = fnvByCharAt(seed + value);
        return (fnvByCharAt(Long.toString(first)) % 10000) / 10000.0;
    }

    /** FNV-1a 32 as GrowthBook's SDKs write it: over charCodeAt, one code unit at a time. */
    private static long fnvByCharAt(String text) {
        int hash = 0x811c9dc5;
        for (int i = 0; i < text.length(); i++) {
            hash ^= text.charAt(i);
            hash *= 0x01000193;
        }
        return Integer.toUnsignedLong(hash);
    }
}
