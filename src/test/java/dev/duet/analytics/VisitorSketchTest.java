package dev.duet.analytics;

import org.junit.jupiter.api.Test;

import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

class VisitorSketchTest {

    private static VisitorSketch of(int from, int to) {
        var sketch = VisitorSketch.empty();
        IntStream.range(from, to).forEach(i -> sketch.add("visitor-" + i));
        return sketch;
    }

    @Test
    void small_days_are_counted_exactly_however_often_a_visitor_comes_back() {
        var sketch = of(0, 300);
        IntStream.range(0, 300).forEach(i -> sketch.add("visitor-" + i));
        assertThat(sketch.count()).isEqualTo(300);
        assertThat(VisitorSketch.empty().count()).isZero();
    }

    @Test
    void merging_days_counts_a_visitor_seen_on_both_once() {
        var monday = of(0, 200);
        monday.merge(of(100, 350));
        assertThat(monday.count()).isEqualTo(350);
    }

    @Test
    void beyond_the_exact_limit_the_estimate_stays_within_a_few_percent() {
        for (int visitors : new int[]{VisitorSketch.EXACT_LIMIT + 1, 5_000, 50_000, 1_000_000}) {
            assertThat((double) of(0, visitors).count()).as("%d visitors", visitors)
                    .isCloseTo(visitors, within(visitors * 0.05));
        }
    }

    @Test
    void merging_dense_and_exact_sketches_is_a_union_in_any_order() {
        var big = of(0, 40_000);
        var small = of(39_900, 40_100);
        var left = VisitorSketch.of(big.bytes());
        left.merge(small);
        var right = VisitorSketch.of(small.bytes());
        right.merge(big);
        assertThat(left.count()).isEqualTo(right.count());
        assertThat((double) left.count()).isCloseTo(40_100, within(40_100 * 0.05));
    }

    @Test
    void a_stored_sketch_reads_back_the_same() {
        for (var sketch : new VisitorSketch[]{of(0, 10), of(0, 10_000)}) {
            var copy = VisitorSketch.of(sketch.bytes());
            assertThat(copy.count()).isEqualTo(sketch.count());
            assertThat(copy.bytes()).isEqualTo(sketch.bytes());
        }
        assertThat(of(0, 10).bytes()).hasSize(1 + 10 * Long.BYTES);
        assertThat(of(0, 10_000).bytes()).hasSize(1 + VisitorSketch.REGISTERS);
    }

    @Test
    void bytes_that_are_no_sketch_are_refused() {
        assertThatThrownBy(() -> VisitorSketch.of(new byte[]{9, 1, 2})).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> VisitorSketch.of(new byte[]{2, 1, 2})).isInstanceOf(IllegalArgumentException.class);
    }
}
