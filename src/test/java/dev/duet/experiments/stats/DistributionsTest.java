package dev.duet.experiments.stats;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** The distribution functions against textbook table values, well beyond the 5 decimals the engine needs. */
class DistributionsTest {

    @Test
    void the_normal_distribution_matches_its_tables() {
        assertThat(Normal.cdf(0)).isCloseTo(0.5, within(1e-15));
        assertThat(Normal.cdf(1.959963984540054)).isCloseTo(0.975, within(1e-13));
        assertThat(Normal.cdf(-3)).isCloseTo(0.0013498980316301, within(1e-14));
        assertThat(Normal.cdf(-10)).isCloseTo(7.61985302416047e-24, within(1e-36));
        assertThat(Normal.quantile(0.975)).isCloseTo(1.959963984540054, within(1e-12));
        assertThat(Normal.quantile(0.001)).isCloseTo(-3.090232306167813, within(1e-12));
        assertThat(Normal.quantile(0.5)).isCloseTo(0, within(1e-15));
    }

    @Test
    void students_t_matches_its_tables() {
        assertThat(StudentT.cdf(0.8, 6)).isCloseTo(0.77289481776785274, within(1e-12));
        assertThat(StudentT.quantile(0.975, 1)).isCloseTo(12.706204736174698, within(1e-9));
        assertThat(StudentT.quantile(0.975, 10)).isCloseTo(2.2281388519649385, within(1e-9));
        assertThat(StudentT.quantile(0.975, 5842.5)).isCloseTo(1.9603, within(1e-4));
        assertThat(StudentT.twoSidedTail(2.2281388519649385, 10)).isCloseTo(0.05, within(1e-10));
    }

    @Test
    void chi_squared_matches_its_tables() {
        assertThat(1 - ChiSquared.survival(3.2, 4)).isCloseTo(0.47506905321389586, within(1e-13));
        assertThat(ChiSquared.survival(3.841458820694124, 1)).isCloseTo(0.05, within(1e-13));
        assertThat(ChiSquared.survival(0, 3)).isEqualTo(1);
    }
}
